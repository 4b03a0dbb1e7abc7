// Input of top-level-await.mjs: an await that nothing resolves.
await new Promise(() => {});
