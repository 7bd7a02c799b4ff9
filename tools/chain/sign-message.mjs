// SPDX-License-Identifier: GPL-3.0-or-later
//
// Signs a message the way a wallet's personal_sign does (EIP-191), with ethers as the
// reference implementation; tests/tst_siwe uses it to sign Sign-In with Ethereum messages.
//
//   node tools/chain/sign-message.mjs <privateKeyHex> <file holding the message>
//
// Prints the 65-byte signature as 0x and 130 hex digits. The file's bytes are signed exactly
// as they are (no trailing newline is added or removed). Without node_modules (`npm ci` in
// tools/chain) the script exits 77, which tests treat as "skip".

import { readFileSync } from "node:fs";

let ethers;
try {
    ethers = await import("ethers");
} catch {
    console.error("sign-message: ethers is not installed; run `npm ci` in tools/chain");
    process.exit(77);
}

const [privateKey, file] = process.argv.slice(2);
if (!privateKey || !file) {
    console.error("usage: node sign-message.mjs <privateKeyHex> <file with message>");
    process.exit(2);
}

const message = new Uint8Array(readFileSync(file));
const wallet = new ethers.Wallet(privateKey);
console.log(await wallet.signMessage(message));
