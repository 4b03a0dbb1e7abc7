// A Workers-style handler: a default-exported object with `fetch`.
export default {
  async fetch(request) {
    return "hello";
  },
};
