// The demo API inside Node tests: intercepts fetch to /api/v1 in the test process, no port needed.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);
