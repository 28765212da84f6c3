#!/usr/bin/env python3
"""A real SMTP peer for tst_alerts_http: aiosmtpd with STARTTLS (required) or implicit TLS,
AUTH PLAIN/LOGIN against one user, each received mail written as one JSON line."""
import argparse
import json
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--mode", choices=["starttls", "tls"], required=True)
parser.add_argument("--cert", required=True)
parser.add_argument("--key", required=True)
parser.add_argument("--user", required=True)
parser.add_argument("--password", required=True)
parser.add_argument("--out", required=True)
args = parser.parse_args()

logins = []


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == args.user.encode()
          and auth_data.password == args.password.encode())
    logins.append({"mechanism": mechanism, "ok": ok})
    return AuthResult(success=ok)


class Handler:
    async def handle_DATA(self, server, session, envelope):
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "data": envelope.original_content.decode("utf-8", "replace"),
            # STARTTLS sets session.ssl; with implicit TLS the transport itself is TLS.
            "tls": session.ssl is not None
            or server.transport.get_extra_info("ssl_object") is not None,
            "authenticated": bool(session.authenticated),
            "logins": logins,
        }
        with open(args.out, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        return "250 OK"


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(args.cert, args.key)
common = dict(hostname="127.0.0.1", port=args.port, authenticator=authenticator,
              decode_data=False)
if args.mode == "starttls":
    controller = Controller(Handler(), tls_context=context, require_starttls=True,
                            auth_require_tls=True, **common)
else:
    # aiosmtpd only counts STARTTLS as TLS for auth_require_tls; here the whole connection is.
    controller = Controller(Handler(), ssl_context=context, auth_require_tls=False, **common)
controller.start()
print("READY", flush=True)
try:
    # Until the test closes our stdin (or ends us).
    sys.stdin.read()
finally:
    controller.stop()
