import net from "node:net";

/**
 * A TCP proxy between an app server and PostgreSQL, so a test can take the database away from the
 * server (and give it back) without touching PostgreSQL itself.
 */
export class PostgresProxy {
  private readonly sockets = new Set<net.Socket>();
  private readonly server: net.Server;
  port = 0;

  private constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
  }

  static async start(target: { host: string; port: number }): Promise<PostgresProxy> {
    const proxy = new PostgresProxy(target);
    await proxy.listen(0);
    return proxy;
  }

  /** PostgreSQL goes away: open connections drop and new ones are refused. */
  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** PostgreSQL is back, on the same port. */
  restore(): Promise<void> {
    return this.listen(this.port);
  }

  async close(): Promise<void> {
    if (this.server.listening) await this.cut();
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => {
        this.server.off("error", reject);
        this.port = (this.server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }
}
