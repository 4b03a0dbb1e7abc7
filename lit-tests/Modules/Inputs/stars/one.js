export const x = 1, dup = "one";
export default "one's default";
