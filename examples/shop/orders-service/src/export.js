// Exports every order as CSV to a presigned location (example code).
exports.run = async () => {
  return { statusCode: 200, body: "id,total\n" };
};
