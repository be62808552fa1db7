package fr.passerelle.local;

import java.util.List;
import java.util.function.Consumer;

/** What the running launcher answers on its control socket: {@code status}, {@code restart}. */
final class LauncherCommands implements ControlSocket.Commands {

  static final int UP = 0;
  static final int NOT_ALL_UP = 1;
  static final int USAGE = 2;

  private final Stack stack;

  LauncherCommands(Stack stack) {
    this.stack = stack;
  }

  @Override
  public int run(List<String> command, Consumer<String> reply) {
    if (command.size() == 1 && command.get(0).equals("status")) {
      return status(reply);
    }
    if (command.size() == 2 && command.get(0).equals("restart")) {
      if (names().contains(command.get(1))) {
        return restart(command.get(1), reply);
      }
      reply.accept("no component " + command.get(1) + "; one of: " + String.join(", ", names()));
      return USAGE;
    }
    reply.accept("usage: passerelle status | passerelle restart <component>");
    reply.accept("components: " + String.join(", ", names()));
    return USAGE;
  }

  private List<String> names() {
    return stack.components().stream().map(Component::name).toList();
  }

  private int status(Consumer<String> reply) {
    List<ComponentStatus> components = stack.status();
    reply.accept(String.format("%-12s %-8s %-10s %s", "component", "pid", "health", "address"));
    reply.accept(
        String.format(
                "%-12s %-8s %-10s %s",
                "launcher",
                ProcessHandle.current().pid(),
                stack.isReady() ? "up" : "starting",
                "data " + stack.config().directory())
            .stripTrailing());
    components.forEach(component -> reply.accept(component.line()));
    boolean allUp =
        stack.isReady()
            && components.stream().allMatch(c -> c.health() == ComponentStatus.Health.UP);
    return allUp ? UP : NOT_ALL_UP;
  }

  private int restart(String name, Consumer<String> reply) {
    long start = System.nanoTime();
    reply.accept("Restarting " + name + " (progress in the launcher's output)...");
    try {
      stack.restart(name);
    } catch (Exception failed) {
      reply.accept(name + " did not start again: " + failed.getMessage());
      return NOT_ALL_UP;
    }
    ComponentStatus restarted =
        stack.status().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    reply.accept(
        String.format(
            "%s is %s again in %.1f s (PID %s)",
            name,
            restarted.health().label(),
            (System.nanoTime() - start) / 1e9,
            restarted.pid().isPresent() ? restarted.pid().getAsLong() : "-"));
    return restarted.health() == ComponentStatus.Health.UP ? UP : NOT_ALL_UP;
  }
}
