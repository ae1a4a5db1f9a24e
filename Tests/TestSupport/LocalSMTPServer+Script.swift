extension LocalSMTPServer {
    /// The server, in Python on aiosmtpd (a real RFC 5321 server, see ../shared/SWIFT-NOTES.md):
    /// the CLI `python3 -m aiosmtpd` cannot take a login or refuse a recipient, so this script builds
    /// the same `SMTP` protocol object with those hooks. It prints its port, stores each message in
    /// the Maildir `maildir` (aiosmtpd's `Mailbox` handler) and, byte for byte, in `raw/`, and appends one JSON line per AUTH and per
    /// DATA to `events.jsonl`, saying whether TLS was in place at that moment.
    ///
    /// Modes: plain, starttls (STARTTLS offered and required), smtps (TLS from the first byte), and
    /// drop (a bare socket that sends the greeting and closes the connection).
    static let script = #"""
        import asyncio, json, os, socket, ssl, sys
        mode, folder, options = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
        events = os.path.join(folder, "events.jsonl")

        def log(event):
            with open(events, "a") as f:
                f.write(json.dumps(event) + "\n")

        if mode == "drop":
            listener = socket.socket()
            listener.bind(("127.0.0.1", 0))
            listener.listen(8)
            print(listener.getsockname()[1], flush=True)
            while True:
                connection, _ = listener.accept()
                log({"event": "dropped"})  # before the close, so the client's error comes after it
                connection.sendall(b"220 arxiv-bot-test ESMTP closing now\r\n")
                connection.close()

        from aiosmtpd.handlers import Mailbox
        from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

        def tls(server):
            transport = server.transport
            return server._tls_protocol is not None or (transport is not None and transport.get_extra_info("ssl_object") is not None)

        class Handler(Mailbox):
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address in options.get("reject", []):
                    return "550 5.1.1 <%s>: no such user here" % address
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):
                raw = os.path.join(folder, "raw")
                os.makedirs(raw, exist_ok=True)
                with open(os.path.join(raw, "%04d.eml" % len(os.listdir(raw))), "wb") as f:
                    f.write(envelope.original_content)  # the bytes as they arrived, after SMTP's dot-unstuffing
                log({"event": "data", "from": envelope.mail_from, "to": envelope.rcpt_tos, "tls": tls(server),
                     "authenticated": bool(session.authenticated)})
                return await super().handle_DATA(server, session, envelope)

        def authenticator(server, session, envelope, mechanism, auth_data):
            login, password = options["login"]
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == login and auth_data.password.decode() == password
            log({"event": "auth", "mechanism": mechanism, "tls": tls(server), "ok": ok})
            return AuthResult(success=ok)

        async def main():
            loop = asyncio.get_running_loop()
            context = None
            if mode in ("starttls", "smtps"):
                context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                context.load_cert_chain(options["cert"], options["key"])
            handler = Handler(os.path.join(folder, "maildir"))
            login = "login" in options
            def factory():
                return SMTP(handler, hostname="arxiv-bot-test", loop=loop,
                            tls_context=context if mode == "starttls" else None, require_starttls=mode == "starttls",
                            authenticator=authenticator if login else None, auth_required=login,
                            # aiosmtpd counts only STARTTLS as TLS; under smtps every byte is already encrypted.
                            auth_require_tls=mode != "smtps")
            server = await loop.create_server(factory, "127.0.0.1", 0, ssl=context if mode == "smtps" else None)
            print(server.sockets[0].getsockname()[1], flush=True)
            await server.serve_forever()

        asyncio.run(main())
        """#
}
