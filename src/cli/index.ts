#!/usr/bin/env node
/* istanbul ignore file */
import { main } from '../cli.js'

process.exitCode = await main(process.argv.slice(2))
