/**
 * The answers' schemas are built when first needed, not as the app starts (src/api/contract.ts: building
 * them all was one long task at start-up). Its own file: the module graph is fresh, nothing built yet.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/api/contract';

const builtIds = (): string[] => Object.keys(z.toJSONSchema(z.globalRegistry, { io: 'input', unrepresentable: 'any' }).schemas).sort();

describe('the contract builds each answer schema when it is first needed', () => {
  it('has only the parameters’ schemas after it is loaded, then each answer’s schema with its parts on first use', () => {
    const atStart = builtIds();
    expect(atStart).toEqual(expect.arrayContaining(['RegionCode', 'MetricId', 'DirectionId', 'Period', 'Comparison']));
    for (const answer of ['Meta', 'Summary', 'Roadmap', 'RegionDetail', 'Quantity', 'LocalizedText']) expect(atStart).not.toContain(answer);

    const roadmap = ENDPOINTS.roadmap.response;
    expect(builtIds()).toEqual(expect.arrayContaining(['Roadmap', 'RoadmapIndicator', 'RoadmapMeasure', 'LocalizedText', 'Quantity']));
    expect(builtIds()).not.toContain('Meta');
    // Built once: the same schema every time, and it validates as before.
    expect(ENDPOINTS.roadmap.response).toBe(roadmap);
    expect(roadmap.safeParse({}).success).toBe(false);
  });
});
