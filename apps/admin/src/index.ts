/** The admin CLI as a library: the program builder and the data set generator. */
export { buildProgram } from './cli';
export { CliError } from './cli-error';
export {
  DATASET_FILES,
  MANIFEST_FILE,
  generateDataset,
  type DatasetManifest,
} from './generate/generate-dataset';
export {
  GENERATE_DEFAULTS,
  GenerateOptionsSchema,
  type GenerateOptions,
  type GenerateOptionsInput,
} from './generate/generate-options';
