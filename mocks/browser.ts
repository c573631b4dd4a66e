// The demo API in the browser: a service worker answering /api/v1 requests when the app runs in demo mode.
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);
