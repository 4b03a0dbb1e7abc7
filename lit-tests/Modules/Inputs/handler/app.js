import { greeting } from "./greeting.js";
export default {
  async fetch(request) {
    return greeting;
  },
};
export function handler(request) { return greeting; }
export const fn = (request) => greeting;
