/**
 * The action: inputs from the workflow, one operation, outputs back. The only module that talks
 * to `@actions/core`.
 */
import * as core from '@actions/core'
import { errorMessage } from './action/errors.js'
import { execute } from './action/execute.js'
import { parseInputs } from './action/inputs.js'

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    const result = await execute(inputs, {
      info: (m) => core.info(m),
      warning: (m) => core.warning(m)
    })
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
  } catch (e) {
    core.setFailed(errorMessage(e))
  }
}
