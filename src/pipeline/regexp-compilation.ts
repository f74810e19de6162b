/**
 * Imported first by the extractor, before any of its patterns runs: V8 is to compile regular expressions to machine
 * code at once.
 *
 * By default V8 runs a regular expression in its bytecode interpreter until it has run enough to be worth compiling,
 * and drops compiled code that garbage collection finds unused for a while. The extractor's patterns are many and
 * large, and in batches each stage runs its own for a whole batch and then none while the other stages run: they were
 * interpreted most of the time. Compiled at once, the stages take about a third less CPU (bench/.stage-major2 on
 * 10,000 generated readouts, 2026-11-27: 1,390 -> 940 µs per document). The flag is read each time a pattern runs,
 * so it must be set before the first one does (a pattern left as bytecode is not compiled afterwards).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
