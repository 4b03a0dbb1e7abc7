import "./syntax-error.js";
