// JSON: stringify a document of nested records and parse it back, as an
// API handler does with request and response bodies.
"use strict";
function makeDocument(n) {
  const users = [];
  for (let i = 0; i < n; i++) {
    users.push({
      id: i,
      name: "user" + i,
      email: "user" + i + "@example.com",
      active: i % 3 !== 0,
      score: i * 1.5,
      tags: ["a" + (i % 7), "b" + (i % 11)],
      address: { street: i + " Main St", city: "Springfield", zip: "0" + (10000 + i) },
    });
  }
  return { version: 3, generated: "2024-01-02T03:04:05Z", users };
}
const doc = makeDocument(2000);
let checksum = 0;
for (let round = 0; round < 25; round++) {
  const text = JSON.stringify(doc);
  const back = JSON.parse(text);
  checksum = (checksum + text.length + back.users[round * 7].id + back.users.length) % 1000000007;
}
console.log("json", checksum);
