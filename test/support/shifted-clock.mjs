// Preloaded into a build (NODE_OPTIONS=--import) to move its clock by LETOPIS_TEST_CLOCK_SHIFT_MS:
// `Date.now()`, `new Date()` and `Date()` all see the shifted time, dates built from values do not.
// A build whose output changes under it reads the clock, which a reproducible build must not.
const shift = Number(process.env.LETOPIS_TEST_CLOCK_SHIFT_MS ?? 0);
const RealDate = Date;
const now = () => RealDate.now() + shift;
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
});
