#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Compiles Solidity sources with the pinned solc-js and writes one artifact per source:
//
//   node compile-contracts.mjs <outDir> <dir/Name.sol>...
//
// Each <dir/Name.sol> must define a contract called Name; <outDir>/Name.json then holds
// {contractName, abi, bytecode, deployedBytecode, solcVersion} (bytecode as 0x-hex). One
// artifact per file keeps the build's outputs predictable: cmake/Contracts.cmake knows the file
// names without running solc. Exits non-zero with solc's messages on any error or warning.
//
// Imports resolve relative to the importing file's directory, so contracts may share code.

import { createRequire } from 'node:module'
import * as fs from 'node:fs'
import * as path from 'node:path'

const require = createRequire(import.meta.url)
const solc = require('solc')

// Pinned rather than solc's default so the bytecode does not change with a compiler bump and
// runs on any chain at or past Cancun (anvil 1.7.1 defaults to a later fork).
const EVM_VERSION = 'cancun'

function fail(message) {
    process.stderr.write(`compile-contracts: ${message}\n`)
    process.exit(1)
}

const [outDir, ...files] = process.argv.slice(2)
if (!outDir || files.length === 0)
    fail('usage: compile-contracts.mjs <outDir> <file.sol>...')

// Source unit names are paths relative to the first file's directory; imports resolve from there.
const baseDir = path.dirname(path.resolve(files[0]))
const sources = {}
const wanted = []
for (const file of files) {
    const absolute = path.resolve(file)
    let content
    try {
        content = fs.readFileSync(absolute, 'utf8')
    } catch (error) {
        fail(`cannot read ${file}: ${error.message}`)
    }
    const unit = path.relative(baseDir, absolute).split(path.sep).join('/')
    sources[unit] = { content }
    wanted.push({ unit, name: path.basename(file, '.sol') })
}

function findImports(unit) {
    try {
        return { contents: fs.readFileSync(path.join(baseDir, unit), 'utf8') }
    } catch (error) {
        return { error: `cannot import ${unit}: ${error.message}` }
    }
}

const input = {
    language: 'Solidity',
    sources,
    settings: {
        optimizer: { enabled: true, runs: 200 },
        evmVersion: EVM_VERSION,
        // No metadata hash: identical sources give identical bytecode on every machine.
        metadata: { bytecodeHash: 'none' },
        outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }))
const problems = output.errors ?? []
if (problems.length > 0) {
    for (const problem of problems)
        process.stderr.write(problem.formattedMessage ?? `${problem.severity}: ${problem.message}\n`)
    const errors = problems.filter(p => p.severity === 'error').length
    fail(`${errors} error(s), ${problems.length - errors} warning(s); nothing written`)
}

fs.mkdirSync(outDir, { recursive: true })
for (const { unit, name } of wanted) {
    const contract = output.contracts?.[unit]?.[name]
    if (!contract)
        fail(`${unit} defines no contract named ${name} (the file and the contract share a name)`)
    const artifact = {
        contractName: name,
        abi: contract.abi,
        bytecode: '0x' + contract.evm.bytecode.object,
        deployedBytecode: '0x' + contract.evm.deployedBytecode.object,
        solcVersion: solc.version(),
    }
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n')
}
