// The worker's entry: a worker does not inherit the TypeScript loader (tsx) of the dev server's
// thread, so it registers it before loading the checks.
import { register } from "tsx/esm/api";

register();
await import("./checks-worker.ts");
