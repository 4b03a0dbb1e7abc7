export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    return Response.json({ hello: pathname.slice(1) || "world" });
  },
};
