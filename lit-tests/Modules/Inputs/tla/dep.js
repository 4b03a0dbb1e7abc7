console.log("dep before await");
export const value = await Promise.resolve(7);
console.log("dep after await");
