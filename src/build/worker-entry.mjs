// Workers start as plain Node, whoever started the main thread (tsx, vitest): load tsx first,
// then the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
