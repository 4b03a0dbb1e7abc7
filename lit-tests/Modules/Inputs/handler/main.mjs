import app from "./app.js";
import { greeting } from "./greeting.js";
console.log("main", greeting, await app.fetch());
export default app;
