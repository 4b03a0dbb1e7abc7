import { fn } from "./app.js";
export default fn;
