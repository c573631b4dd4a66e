/** Writes public/openapi.json from the contract (`npm run openapi`); a unit test fails when it is stale. */
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../../src/api/openapi';

writeFileSync('public/openapi.json', `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log('wrote public/openapi.json');
