// Input of unhandled-rejection.js: a rejection with a non-Error value.
Promise.reject({ code: 7 });
