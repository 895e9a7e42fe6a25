// Orders API handlers (example code; Perimeter reads it but never runs it).
const { DynamoDBClient, PutItemCommand, GetItemCommand } = require("@aws-sdk/client-dynamodb");

const client = new DynamoDBClient({});

exports.create = async (event) => {
  const order = JSON.parse(event.body);
  await client.send(new PutItemCommand({
    TableName: process.env.TABLE_NAME,
    Item: { id: { S: order.id }, total: { N: String(order.total) } },
  }));
  return { statusCode: 201, body: JSON.stringify({ id: order.id }) };
};

exports.get = async (event) => {
  const result = await client.send(new GetItemCommand({
    TableName: process.env.TABLE_NAME,
    Key: { id: { S: event.pathParameters.id } },
  }));
  return { statusCode: 200, body: JSON.stringify(result.Item) };
};
