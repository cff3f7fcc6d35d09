// As worker-entry.mjs: load tsx first, then the TypeScript reload thread.
import { register } from 'tsx/esm/api';

register();
await import('./reload-thread.ts');
