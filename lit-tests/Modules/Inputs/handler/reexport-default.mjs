export { default } from "./app.js";
