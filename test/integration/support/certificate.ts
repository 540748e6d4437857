import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type TestCertificate = {
  /** The throwaway CA's certificate (PEM): what a client trusts, as a phone trusts mkcert's CA. */
  ca: string;
  /** TLS_CERT and TLS_KEY for the server: a certificate for 127.0.0.1, ::1 and localhost. */
  certFile: string;
  keyFile: string;
  dir: string;
  remove(): void;
};

/**
 * A throwaway local CA and a server certificate it signed, made with the `openssl` command (on
 * every Debian machine with ca-certificates; .ci/run installs it where missing) the way mkcert
 * makes one for a venue laptop: the client trusts the CA, not the server certificate itself.
 */
export async function makeTestCertificate(): Promise<TestCertificate> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tafelronde-tls-'));
  const file = (name: string) => path.join(dir, name);
  // Run in `dir` with bare file names, so each command line reads as one would type it.
  const openssl = (line: string) => run('openssl', line.split(' '), { cwd: dir });
  const ec = '-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes';
  await openssl(`req -x509 ${ec} -days 2 -subj /CN=Tafelronde-test-CA -keyout ca.key -out ca.pem`);
  await openssl(`req ${ec} -subj /CN=localhost -keyout server.key -out server.csr`);
  fs.writeFileSync(
    file('server.ext'),
    'subjectAltName = IP:127.0.0.1, IP:::1, DNS:localhost\nextendedKeyUsage = serverAuth\n',
  );
  await openssl(
    'x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext -out server.pem',
  );
  return {
    ca: fs.readFileSync(file('ca.pem'), 'utf8'),
    certFile: file('server.pem'),
    keyFile: file('server.key'),
    dir,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
