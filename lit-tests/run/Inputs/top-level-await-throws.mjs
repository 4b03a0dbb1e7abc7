// Input of top-level-await.mjs: the module body rejects after an await.
console.log("before");
await null;
throw new TypeError("module failed");
