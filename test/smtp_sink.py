"""A real SMTP server for tests (aiosmtpd): every message it accepts is decoded by Python's email package
and written to OUTDIR as one JSON file, so a test reads subject and bodies as a mail client would.
Usage: python test/smtp_sink.py HOST PORT OUTDIR  (prints "ready" when it listens; stops on SIGTERM)."""
import asyncio
import json
import os
import signal
import sys
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, outdir):
        self.outdir = outdir

    async def handle_DATA(self, server, session, envelope):
        msg = message_from_bytes(envelope.content, policy=policy.default)
        plain = msg.get_body(preferencelist=('plain',))
        html = msg.get_body(preferencelist=('html',))
        record = {
            'mail_from': envelope.mail_from,
            'rcpt_tos': envelope.rcpt_tos,
            'subject': str(msg['subject']),
            'message_id': str(msg['message-id']),
            'severity': str(msg['x-medi-severity']),
            'text': plain.get_content() if plain else None,
            'html': html.get_content() if html else None,
        }
        name = os.path.join(self.outdir, f"{os.getpid()}-{len(os.listdir(self.outdir)):05d}.json")
        with open(name + '.tmp', 'w', encoding='utf-8') as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(name + '.tmp', name)
        return '250 Message accepted for delivery'


def main():
    host, port, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    controller = Controller(Sink(outdir), hostname=host, port=port)
    controller.start()
    print('ready', flush=True)
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == '__main__':
    main()
