#!/usr/bin/env python3
"""A TCP relay between a client and a real peer, on loopback, for bad links and byte counts.

`tc netem` does not exist on these machines, so a poor rural link is made in user space: the relay
forwards bytes both ways and, on command, cuts every open connection, refuses new ones, delays or
rate-limits. It also counts what crossed it, which the sync benchmark reports as bytes on the wire.

    relay.py --target 127.0.0.1:8080 [--listen 0]

Prints `LISTENING <port>` on stdout once ready, then obeys one command per line on stdin and
answers each with one line:
    stats              {"up": bytes client->peer, "down": bytes peer->client, "connections": n}
    reset              zero the counters
    cut                close every open connection now (both sides), as a dropped link does
    down / up          refuse (close at once) new connections / accept them again
    delay <ms>         add this latency to every chunk forwarded (0 to stop)
    rate <bytes/s>     limit each direction of each connection (0 for no limit)
    chunk <bytes>      forward at most this much at a time (default 65536): with a rate, a burst
                       the sender wrote at once then trickles through and can be cut midway
    stall / unstall    hold (stop forwarding) what the peer sends back, e.g. to cut the link after
                       the server committed but before its answer arrived
    http <status> <n> [retry-after]
                       the next n new connections are answered by the relay itself with that
                       HTTP status (and Retry-After), after reading the request; then closed
    garbage <n>        the next n new connections get a 200 whose JSON body is cut short
    quit
"""
import argparse
import asyncio
import json
import sys


class Relay:
    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.up = 0
        self.down = 0
        self.connections = 0
        self.accepting = True
        self.delay = 0.0
        self.rate = 0
        self.chunk = 65536
        self.open = set()
        self.stalled = False
        self.canned = []  # (status, retry_after or None, garbage) for the next new connections

    async def pipe(self, reader, writer, direction):
        try:
            while True:
                data = await reader.read(self.chunk)
                if not data:
                    break
                if self.delay:
                    await asyncio.sleep(self.delay)
                if self.rate:
                    await asyncio.sleep(len(data) / self.rate)
                while direction == "down" and self.stalled:
                    await asyncio.sleep(0.05)
                if direction == "up":
                    self.up += len(data)
                else:
                    self.down += len(data)
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def answer_itself(self, reader, writer, status, retry_after, garbage):
        """Reads one HTTP request and answers it without the peer."""
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        if length:
            await reader.readexactly(length)
        self.up += len(head) + length
        if garbage:
            body = b'{"resourceType":"Bundle","type":"transaction-response","entry":[{"resp'
            reason = b"OK"
        else:
            body = b'{"resourceType":"OperationOutcome","issue":[{"severity":"error",' \
                   b'"code":"transient"}]}'
            reason = b"Relay"
        extra = b"Retry-After: %d\r\n" % retry_after if retry_after is not None else b""
        answer = (b"HTTP/1.1 %d %s\r\nContent-Type: application/fhir+json\r\n" % (status, reason) +
                  extra + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
        self.down += len(answer)
        writer.write(answer)
        await writer.drain()
        writer.close()

    async def handle(self, client_reader, client_writer):
        if not self.accepting:
            client_writer.close()
            return
        if self.canned:
            status, retry_after, garbage = self.canned.pop(0)
            try:
                await self.answer_itself(client_reader, client_writer, status, retry_after,
                                         garbage)
            except (ConnectionError, asyncio.IncompleteReadError):
                client_writer.close()
            return
        try:
            peer_reader, peer_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.close()
            return
        self.connections += 1
        tasks = {
            asyncio.ensure_future(self.pipe(client_reader, peer_writer, "up")),
            asyncio.ensure_future(self.pipe(peer_reader, client_writer, "down")),
        }
        self.open |= tasks
        await asyncio.wait(tasks)
        self.open -= tasks

    def cut(self):
        for task in list(self.open):
            task.cancel()

    def command(self, line):
        words = line.split()
        if not words:
            return "?"
        verb = words[0]
        if verb == "stats":
            return json.dumps({"up": self.up, "down": self.down, "connections": self.connections})
        if verb == "reset":
            self.up = self.down = self.connections = 0
            return "ok"
        if verb == "cut":
            self.cut()
            return "ok"
        if verb == "down":
            self.accepting = False
            self.cut()
            return "ok"
        if verb == "up":
            self.accepting = True
            return "ok"
        if verb == "delay" and len(words) == 2:
            self.delay = float(words[1]) / 1000.0
            return "ok"
        if verb == "rate" and len(words) == 2:
            self.rate = int(words[1])
            return "ok"
        if verb == "chunk" and len(words) == 2 and int(words[1]) > 0:
            self.chunk = int(words[1])
            return "ok"
        if verb in ("stall", "unstall"):
            self.stalled = verb == "stall"
            return "ok"
        if verb == "http" and len(words) in (3, 4):
            retry_after = int(words[3]) if len(words) == 4 else None
            self.canned += [(int(words[1]), retry_after, False)] * int(words[2])
            return "ok"
        if verb == "garbage" and len(words) == 2:
            self.canned += [(200, None, True)] * int(words[1])
            return "ok"
        return "error: unknown command"


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, help="host:port of the real peer")
    parser.add_argument("--listen", type=int, default=0, help="port on 127.0.0.1 (0: any free)")
    args = parser.parse_args()
    host, _, port = args.target.rpartition(":")
    relay = Relay(host, int(port))
    server = await asyncio.start_server(relay.handle, "127.0.0.1", args.listen)
    print("LISTENING", server.sockets[0].getsockname()[1], flush=True)

    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while True:
        line = await reader.readline()
        if not line or line.strip() == b"quit":
            break
        print(relay.command(line.decode().strip()), flush=True)
    relay.cut()
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
