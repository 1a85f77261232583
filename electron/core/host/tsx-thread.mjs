// Plain Node (browser mode, tests, the benchmark) runs the core thread from its TypeScript
// sources: tsx's loader is registered inside the thread, since Node 20 does not hand a parent's
// --import hooks to a worker. Electron loads the bundled thread instead (electron.vite.config.ts).
import { register } from 'tsx/esm/api';

register();
await import('./thread');
