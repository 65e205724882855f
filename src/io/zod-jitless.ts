/**
 * Turns off zod's compiled fast path before any schema is built. Zod probes for it with `new Function('')`, which
 * the app's Content-Security-Policy forbids: the probe fails quietly, but the browser still reports a
 * `securitypolicyviolation` for it. Without `eval` the compiled path is never used anyway, so nothing is lost.
 *
 * Import this module first, before anything that builds a schema (schemas read the setting when they are created).
 */
import { config } from 'zod';

config({ jitless: true });
