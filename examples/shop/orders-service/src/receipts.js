// Stores uploaded receipts (example code).
exports.handle = async (event) => {
  for (const record of event.Records) {
    console.log("receipt", record.s3.object.key);
  }
};
