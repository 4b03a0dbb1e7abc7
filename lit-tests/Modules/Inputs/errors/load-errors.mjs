import x from "lodash";
import y from "./no-such-file.js";
import "./dir";
import { only } from "./one.js";
