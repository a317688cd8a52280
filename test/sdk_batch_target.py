"""A minimal singer-sdk target (run with tap-postgres's virtualenv, which ships singer-sdk) for the BATCH interop
test: it writes every record it receives, RECORD or from a BATCH file read by the SDK itself, as JSON lines."""

import json

from singer_sdk import typing as th
from singer_sdk.sinks import BatchSink
from singer_sdk.target_base import Target


class LinesSink(BatchSink):
    def process_batch(self, context: dict) -> None:
        with open(self.config["path"], "a", encoding="utf-8") as f:
            for record in context["records"]:
                f.write(json.dumps({"stream": self.stream_name, "record": record}, default=str) + "\n")


class SdkBatchTarget(Target):
    name = "target-sdk-batch"
    config_jsonschema = th.PropertiesList(th.Property("path", th.StringType, required=True)).to_dict()
    default_sink_class = LinesSink


if __name__ == "__main__":
    SdkBatchTarget.cli()
