package dev.gatehouse.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The least a source-generating processor can do: write one empty class in the first round. What
 * it costs over plain javac is what any such processor costs (javac enters every source again for
 * the round that compiles the new file), whatever it generates; {@link BuildCost} measures it as
 * a floor. Not registered as a service: BuildCost names it with {@code -processor}.
 */
@SupportedAnnotationTypes("*")
public final class OneFileProcessor extends AbstractProcessor {

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written) {
      written = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("gen.Floor").openWriter()) {
        out.write("package gen;\n\nfinal class Floor {}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
