// End-to-end tests on Postgres: the app reaches the database through this TCP proxy, so a test
// can cut the connection and restore it. Control: POST /cortar, POST /restablecer, GET /estado.
import http from "node:http";
import { TcpProxy } from "../test/tcp-proxy";

const target = new URL(process.env.E2E_DB_TARGET ?? "postgres://postgres@127.0.0.1:5432/postgres");
const proxy = new TcpProxy(Number(process.env.E2E_DB_PROXY_PORT), { host: target.hostname, port: Number(target.port || 5432) });
await proxy.start();

http
  .createServer(async (request, response) => {
    if (request.method === "POST" && request.url === "/cortar") await proxy.stop();
    else if (request.method === "POST" && request.url === "/restablecer") {
      if (!proxy.running) await proxy.start();
    } else if (request.url !== "/estado") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ conectado: proxy.running }));
  })
  .listen(Number(process.env.E2E_DB_CONTROL_PORT), "127.0.0.1");
