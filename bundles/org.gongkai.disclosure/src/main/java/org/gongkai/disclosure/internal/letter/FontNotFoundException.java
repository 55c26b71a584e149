package org.gongkai.disclosure.internal.letter;

import java.util.List;
import org.gongkai.platform.GongkaiException;
import org.gongkai.platform.Message;

/** No Chinese TrueType font that PDFBox can embed was found, so letters cannot be made as PDF. */
public final class FontNotFoundException extends GongkaiException {
    private static final long serialVersionUID = 1L;
    private final List<String> tried;

    FontNotFoundException(String fontDirectory, List<String> tried) {
        super("FONT_MISSING", Message.of(
                "未找到可嵌入 PDF 的中文 TrueType 字体（.ttf/.ttc），无法生成 PDF 文书。请安装 Debian 软件包 fonts-wqy-microhei"
                        + "（apt-get install fonts-wqy-microhei），或将中文 TTF 字体文件放入 " + fontDirectory + " 目录。",
                "No Chinese TrueType font (.ttf/.ttc) that can be embedded in a PDF was found, so letters cannot be made"
                        + " as PDF. Install Debian's fonts-wqy-microhei package (apt-get install fonts-wqy-microhei), or put"
                        + " a Chinese TTF font into " + fontDirectory + "."));
        this.tried = List.copyOf(tried);
    }

    /** Each candidate looked at and why it was not used. */
    public List<String> tried() {
        return tried;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " Tried: " + tried;
    }
}
