"""Serves a stored report by day (example code)."""
import boto3

s3 = boto3.client("s3")


def handler(event, context):
    day = event["pathParameters"]["day"]
    body = s3.get_object(Bucket="shop-reports", Key=f"{day}.json")["Body"].read()
    return {"statusCode": 200, "body": body.decode()}
