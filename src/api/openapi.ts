/**
 * Builds the OpenAPI 3.1 document of API v1 from the zod contract, so the published description can
 * never disagree with what the client validates. Written to public/openapi.json by `npm run openapi`
 * and served by the demo API at /api/v1/openapi.json; a unit test fails when the checked-in copy is stale.
 */
import * as z from 'zod/mini';
import {
  buildEverySchema,
  ComparisonParam,
  DirectionId,
  ENDPOINTS,
  MetricId,
  Month,
  NameLanguage,
  OrganizationSort,
  PeriodParam,
  RegionCode,
  type EndpointId,
} from './contract';

interface ParameterSpec {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description?: string;
  schema: z.ZodMiniType;
}

const period: ParameterSpec = { name: 'period', in: 'query', schema: PeriodParam, description: 'Default "ytd"' };
const compare: ParameterSpec = { name: 'compare', in: 'query', schema: ComparisonParam, description: 'Default "previous"' };
const direction: ParameterSpec = { name: 'direction', in: 'query', schema: DirectionId };
const region: ParameterSpec = { name: 'region', in: 'query', schema: RegionCode };

const PARAMETERS: Record<EndpointId, ParameterSpec[]> = {
  meta: [],
  summary: [period, compare],
  regions: [period, compare, direction],
  region: [{ name: 'code', in: 'path', required: true, schema: RegionCode }, period, compare],
  directions: [region, period, compare],
  timeseries: [
    { name: 'metric', in: 'query', required: true, schema: MetricId },
    region,
    direction,
    { name: 'from', in: 'query', schema: Month, description: 'Default 2019-01' },
    { name: 'to', in: 'query', schema: Month, description: 'Default: the current month' },
  ],
  roadmap: [],
  organizations: [
    region,
    direction,
    {
      name: 'q',
      in: 'query',
      schema: z.string().check(z.maxLength(100)),
      description:
        'Search in Kazakh and Russian names: case-insensitive, ё matches е, and Kazakh letters match the Russian ones typed for them (қ к, ғ г, ң н, ә а, ө о, ұ ү у, і и, һ х)',
    },
    { name: 'sort', in: 'query', schema: OrganizationSort, description: 'Default "-volunteers"' },
    {
      name: 'nameLang',
      in: 'query',
      schema: NameLanguage,
      description: 'Names sort in this language\'s order (kk: Kazakh names, ru: Russian). Default "ru"',
    },
    { name: 'page', in: 'query', schema: z.int().check(z.gte(1)), description: 'Default 1' },
    { name: 'pageSize', in: 'query', schema: z.int().check(z.gte(1), z.lte(100)), description: 'Default 20' },
  ],
  activity: [
    { name: 'since', in: 'query', schema: z.iso.datetime({ offset: true }), description: 'Default: two hours ago' },
    { ...region, description: "Only this region's events and counts" },
  ],
};

/** A named schema becomes a reference to its component; an anonymous one is inlined. */
const toSchema = (schema: z.ZodMiniType): Record<string, unknown> => {
  const id = componentId(schema);
  if (id) return { $ref: refUri(id) };
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
};

const refUri = (id: string): string => `#/components/schemas/${id}`;

const componentId = (schema: z.ZodMiniType): string | undefined => z.globalRegistry.get(schema)?.id;

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: refUri('Problem') } } },
});

export const buildOpenApiDocument = (): Record<string, unknown> => {
  // Every schema registered with an `id` becomes a named component; responses refer to them.
  buildEverySchema();
  const registry = z.toJSONSchema(z.globalRegistry, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any', uri: refUri });
  const components = Object.fromEntries(
    Object.entries(registry.schemas)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, schema]) => {
        const { $schema: _ignored, $id: _id, ...rest } = schema as Record<string, unknown>;
        return [id, rest];
      }),
  );

  const paths: Record<string, unknown> = {};
  for (const [id, endpoint] of Object.entries(ENDPOINTS) as [EndpointId, (typeof ENDPOINTS)[EndpointId]][]) {
    const responseId = componentId(endpoint.response) ?? id;
    paths[endpoint.path] = {
      get: {
        operationId: id,
        summary: endpoint.summary,
        parameters: PARAMETERS[id].map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required ?? p.in === 'path',
          ...(p.description ? { description: p.description } : {}),
          schema: toSchema(p.schema),
        })),
        responses: {
          '200': {
            description: 'OK',
            headers: { ETag: { schema: { type: 'string' }, description: 'Send back as If-None-Match' } },
            content: { 'application/json': { schema: { $ref: refUri(responseId) } } },
          },
          '304': { description: 'Not modified since the ETag given in If-None-Match' },
          '400': problemResponse('Invalid parameter'),
          ...(id === 'region' ? { '404': problemResponse('Unknown region code') } : {}),
          '5XX': problemResponse('Server error'),
        },
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Front-Office Monitor API',
      version: '1.0.0',
      description:
        'Aggregate statistics of volunteering in Kazakhstan for the National Volunteer Front-Office. ' +
        'All paths are relative to the API base URL, which ends in /api/v1. Errors are RFC 9457 problem documents.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: { schemas: components },
  };
};
