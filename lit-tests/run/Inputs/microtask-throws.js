// Input of unhandled-rejection.js: a queueMicrotask callback throws; the
// jobs queued after it do not run.
queueMicrotask(() => console.log("first"));
queueMicrotask(() => {
  throw new RangeError("in a microtask");
});
queueMicrotask(() => console.log("not reached"));
