// Node-side scripts (bench/attack.ts) import pure worker modules (the identity redactor) whose imports mention the
// worker's generated `Env` (src/worker-configuration.d.ts, Workers types only). Here it is just string settings.
interface Env {
  [name: string]: string | undefined;
}
