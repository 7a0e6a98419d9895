/** `training_mainstream` → `trainingMainstream`: data tables use snake_case, scenario fields camelCase. */
export function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
