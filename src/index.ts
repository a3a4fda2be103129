/* istanbul ignore file */
import { run } from './main.js'

void run()
