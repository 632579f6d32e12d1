package kz.aimaq.core.layer;

import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.io.ExportException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A QGIS layer style ({@code .qml}) that draws a {@link ThematicLayer} as the map does: a
 * {@code graduatedSymbol} renderer on {@code value} with one range per class (the same lower and
 * upper bounds as the map and {@code aimaq classify}, written with every digit, and the legend's
 * labels) filled with the class colours and thin white borders. Units without data fall in no
 * range, so QGIS leaves them out as Aimaq hatches them; their {@code colour} field still holds the
 * no-data grey. QGIS loads it automatically when it has the layer file's name beside it
 * ({@code r.gpkg} → {@code r.qml}), or through Layer Properties → Style → Load Style.
 */
public final class QmlStyle {
    private QmlStyle() {}

    public static void write(ThematicLayer layer, Path file) throws ExportException {
        byte[] bytes = text(layer).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(e, "export.error.failed", String.valueOf(file.getFileName()), String.valueOf(e.getMessage()));
        }
    }

    public static String text(ThematicLayer layer) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n");
        sb.append("<qgis version=\"3.28.0\" styleCategories=\"Symbology\">\n");
        sb.append("  <renderer-v2 type=\"graduatedSymbol\" attr=\"value\" graduatedMethod=\"GraduatedColor\" ")
                .append("symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n");
        sb.append("    <ranges>\n");
        for (int i = 0; i < layer.classes().size(); i++) {
            LayerClass c = layer.classes().get(i);
            sb.append("      <range lower=\"").append(plain(c.lower())).append("\" upper=\"").append(plain(c.upper()))
                    .append("\" symbol=\"").append(i).append("\" label=\"").append(xml(c.label())).append("\" render=\"true\"/>\n");
        }
        sb.append("    </ranges>\n    <symbols>\n");
        for (int i = 0; i < layer.classes().size(); i++) {
            int rgb = layer.classes().get(i).rgb();
            sb.append("      <symbol type=\"fill\" name=\"").append(i).append("\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n")
                    .append("        <layer class=\"SimpleFill\" enabled=\"1\" pass=\"0\" locked=\"0\">\n")
                    .append("          <Option type=\"Map\">\n")
                    .append(option("color", rgba(rgb)))
                    .append(option("outline_color", "255,255,255,255"))
                    .append(option("outline_style", "solid"))
                    .append(option("outline_width", "0.26"))
                    .append(option("outline_width_unit", "MM"))
                    .append(option("style", "solid"))
                    .append(option("joinstyle", "bevel"))
                    .append("          </Option>\n")
                    // QGIS before 3.26 reads the prop form
                    .append("          <prop k=\"color\" v=\"").append(rgba(rgb)).append("\"/>\n")
                    .append("          <prop k=\"outline_color\" v=\"255,255,255,255\"/>\n")
                    .append("          <prop k=\"outline_style\" v=\"solid\"/>\n")
                    .append("          <prop k=\"outline_width\" v=\"0.26\"/>\n")
                    .append("          <prop k=\"style\" v=\"solid\"/>\n")
                    .append("        </layer>\n      </symbol>\n");
        }
        sb.append("    </symbols>\n");
        sb.append("    <classificationMethod id=\"Manual\"/>\n");
        sb.append("    <rotation/>\n    <sizescale/>\n");
        sb.append("  </renderer-v2>\n");
        sb.append("  <layerGeometryType>2</layerGeometryType>\n");
        sb.append("</qgis>\n");
        return sb.toString();
    }

    private static String option(String name, String value) {
        return "            <Option type=\"QString\" name=\"" + name + "\" value=\"" + xml(value) + "\"/>\n";
    }

    private static String rgba(int rgb) {
        return ((rgb >> 16) & 0xFF) + "," + ((rgb >> 8) & 0xFF) + "," + (rgb & 0xFF) + ",255";
    }

    /** Every digit, never an exponent: 1234567.891 stays 1234567.891. */
    static String plain(double v) { return BigDecimal.valueOf(v).toPlainString(); }

    private static String xml(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
