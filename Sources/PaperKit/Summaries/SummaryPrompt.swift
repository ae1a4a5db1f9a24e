import Foundation

/// The instructions sent with every paper, and a stable hash of them so a changed prompt means
/// new summaries while an unchanged one never pays twice.
public struct SummaryPrompt: Sendable, Equatable {
    public let instructions: String
    /// FNV-1a 64 of the instructions and the input kind, in hex: an identity, not a secret.
    public let hash: String
    /// The configured prompt file that was not found, when the built-in prompt stands in for it.
    public var missingFile: String?

    public init(instructions: String, input: SummaryInput) {
        self.instructions = instructions
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (instructions + "\u{0}" + input.rawValue).utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        hash = String(h, radix: 16)
    }

    /// The `prompt_file` of the configuration when set (relative to the config file), else the built-in prompt.
    public static func load(_ configuration: Configuration) throws -> SummaryPrompt {
        let input = SummaryInput(rawValue: configuration.aiSummary.input.rawValue) ?? .abstract
        guard let path = configuration.promptFilePath() else { return SummaryPrompt(instructions: builtIn, input: input) }
        guard FileManager.default.fileExists(atPath: path) else {
            // The old bot's configurations name ai_summary_prompt.txt whether or not it exists.
            var prompt = SummaryPrompt(instructions: builtIn, input: input)
            prompt.missingFile = path
            return prompt
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw SummaryError.unreadablePrompt(path: path)
        }
        return SummaryPrompt(instructions: text, input: input)
    }

    /// The old bot's structure: four sections, Markdown, in Chinese with technical terms kept in English.
    public static let builtIn = """
        你是一位资深的人工智能与计算机系统研究员。请阅读给出的 arXiv 论文信息，用简体中文写一份结构化的论文总结，使用 Markdown 格式。
        专业术语、方法名、模型名、数据集名和指标名保留英文原文（必要时在括号中给出中文解释），不要翻译。

        输出格式：
        # 论文总结：<论文标题>

        ## 1. 论文的主要贡献和创新点
        - 解决的问题
        - 提出的新方法和新思路
        - 相比现有方法的优势

        ## 2. 核心方法和实验设置
        - 方法的关键技术细节
        - 数据集、实验设置、评估指标和基线方法

        ## 3. 主要实验结果
        - 关键性能数据（保留原文中的具体数字）
        - 与基线方法的对比、消融实验的结论

        ## 4. 结论与局限性
        - 主要发现
        - 方法的局限性
        - 未来工作方向

        只依据给出的内容作答，不要编造论文中没有的数字或结论。
        """
}
