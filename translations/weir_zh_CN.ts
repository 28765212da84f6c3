<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClusterRepository</name>
    <message>
        <source>A cluster needs a name.</source>
        <translation>集群必须有名称。</translation>
    </message>
    <message>
        <source>The cluster “%1” has an unknown authentication kind “%2” (expected none, basic or bearer).</source>
        <translation>集群“%1”的认证类型“%2”未知（应为 none、basic 或 bearer）。</translation>
    </message>
    <message>
        <source>A cluster named “%1” already exists.</source>
        <translation>已存在名为“%1”的集群。</translation>
    </message>
    <message>
        <source>The cluster “%1” no longer exists.</source>
        <translation>集群“%1”已不存在。</translation>
    </message>
    <message>
        <source>The cluster no longer exists.</source>
        <translation>该集群已不存在。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Weir: a desktop studio for Apache Flink SQL.</source>
        <translation>Weir：Apache Flink SQL 桌面开发工具。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助信息并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <source>Keep the workspace in DIR instead of the standard location.</source>
        <translation>将工作区保存在 DIR 中，而不是默认位置。</translation>
    </message>
    <message>
        <source>Open the window, wait for its first paint, and exit (for start-up measurements).</source>
        <translation>打开窗口，等待首次绘制完成后退出（用于测量启动耗时）。</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>未知参数：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseInspector</name>
    <message>
        <source>it is not a file</source>
        <translation>该路径不是文件</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>该文件无法读取（%1）</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>该文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>该文件无法打开（%1）</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>该文件已损坏（%1）</translation>
    </message>
    <message>
        <source>it is damaged (integrity check: %1)</source>
        <translation>该文件已损坏（完整性检查：%1）</translation>
    </message>
    <message>
        <source>it belongs to another application (SQLite application id %1)</source>
        <translation>该文件属于其他应用程序（SQLite application id 为 %1）</translation>
    </message>
    <message>
        <source>it is not a Weir workspace: it holds tables of another application</source>
        <translation>该文件不是 Weir 工作区：其中包含其他应用程序的表</translation>
    </message>
    <message>
        <source>it was written by a newer version of Weir (schema version %1; this Weir knows up to %2)</source>
        <translation>该文件由更新版本的 Weir 写入（schema 版本 %1；当前 Weir 最高支持到 %2）</translation>
    </message>
    <message>
        <source>it has an invalid schema version (%1)</source>
        <translation>该文件的 schema 版本无效（%1）</translation>
    </message>
    <message>
        <source>it is incomplete: the table %1 is missing</source>
        <translation>该文件不完整：缺少表 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseQuarantine</name>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
</context>
<context>
    <name>FlinkConfigFile</name>
    <message>
        <source>Cannot read the Flink configuration file %1: %2</source>
        <translation>无法读取 Flink 配置文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>FlinkInstallation</name>
    <message>
        <source>The Flink directory %1 does not exist.</source>
        <translation>Flink 目录 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Flink distribution: it has no lib/ directory.</source>
        <translation>%1 不是 Flink 发行版：缺少 lib/ 目录。</translation>
    </message>
    <message>
        <source>%1 is not a Flink distribution: lib/flink-dist-*.jar is missing.</source>
        <translation>%1 不是 Flink 发行版：缺少 lib/flink-dist-*.jar。</translation>
    </message>
    <message>
        <source>%1 has several flink-dist jars in lib/ (%2); keep only one.</source>
        <translation>%1 的 lib/ 中有多个 flink-dist jar 包（%2），请只保留一个。</translation>
    </message>
    <message>
        <source>Cannot tell the Flink version from %1.</source>
        <translation>无法从 %1 判断 Flink 版本。</translation>
    </message>
    <message>
        <source>The Flink distribution %1 has no SQL Gateway: opt/flink-sql-gateway-*.jar is missing.</source>
        <translation>Flink 发行版 %1 不包含 SQL Gateway：缺少 opt/flink-sql-gateway-*.jar。</translation>
    </message>
    <message>
        <source>%1 has several SQL Gateway jars in opt/ (%2); keep only one.</source>
        <translation>%1 的 opt/ 中有多个 SQL Gateway jar 包（%2），请只保留一个。</translation>
    </message>
    <message>
        <source>%1 is not a Flink distribution: it has no conf/ directory.</source>
        <translation>%1 不是 Flink 发行版：缺少 conf/ 目录。</translation>
    </message>
    <message>
        <source>%1 has no conf/config.yaml.</source>
        <translation>%1 中缺少 conf/config.yaml。</translation>
    </message>
</context>
<context>
    <name>FlinkResourceParams</name>
    <message numerus="yes">
        <source>Flink&apos;s BashJavaUtils printed %n result line(s) instead of 2 (JVM arguments and dynamic properties).</source>
        <translation>
            <numerusform>Flink 的 BashJavaUtils 输出了 %n 行结果，而不是 2 行（JVM 参数和动态属性）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderRepository</name>
    <message>
        <source>A folder named “%1” already exists at the top level.</source>
        <translation>顶层已存在名为“%1”的文件夹。</translation>
    </message>
    <message>
        <source>A folder named “%1” already exists in “%2”.</source>
        <translation>“%2”中已存在名为“%1”的文件夹。</translation>
    </message>
    <message>
        <source>The folder to create “%1” in no longer exists.</source>
        <translation>要在其中创建“%1”的文件夹已不存在。</translation>
    </message>
    <message>
        <source>The new folder “%1” could not be read back.</source>
        <translation>无法重新读取新建的文件夹“%1”。</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>该文件夹已不存在。</translation>
    </message>
    <message>
        <source>Cannot move the folder “%1” into itself.</source>
        <translation>无法将文件夹“%1”移动到其自身中。</translation>
    </message>
    <message>
        <source>The folder to move “%1” into no longer exists.</source>
        <translation>要将“%1”移入的文件夹已不存在。</translation>
    </message>
    <message>
        <source>Cannot move the folder “%1” into “%2”, which is inside it.</source>
        <translation>无法将文件夹“%1”移动到其内部的“%2”中。</translation>
    </message>
</context>
<context>
    <name>FreePort</name>
    <message>
        <source>Cannot find a free TCP port on %1: %2</source>
        <translation>无法在 %1 上找到空闲的 TCP 端口：%2</translation>
    </message>
</context>
<context>
    <name>JavaExecutable</name>
    <message>
        <source>The Flink configuration sets env.java.home to %1, but it contains no bin/java.</source>
        <translation>Flink 配置将 env.java.home 设为 %1，但该目录中没有 bin/java。</translation>
    </message>
    <message>
        <source>Cannot find Java: set JAVA_HOME or put `java` on the PATH (Flink needs Java 11 or later; 17 is recommended).</source>
        <translation>找不到 Java：请设置 JAVA_HOME，或将 `java` 加入 PATH（Flink 需要 Java 11 或更高版本，推荐使用 Java 17）。</translation>
    </message>
    <message>
        <source>%1 is not an executable Java launcher.</source>
        <translation>%1 不是可执行的 Java 启动程序。</translation>
    </message>
</context>
<context>
    <name>LocalDiagnostics</name>
    <message>
        <source>Flink SQL quotes identifiers with backticks: write `%1` instead of &quot;%1&quot;.</source>
        <translation>Flink SQL 使用反引号引用标识符：请写作 `%1`，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Unterminated string literal: the closing &apos; is missing.</source>
        <translation>字符串字面量未结束：缺少结尾的 &apos;。</translation>
    </message>
    <message>
        <source>Unterminated comment: the closing */ is missing.</source>
        <translation>注释未结束：缺少结尾的 */。</translation>
    </message>
    <message>
        <source>Unterminated hint: the closing */ is missing.</source>
        <translation>SQL 提示（hint）未结束：缺少结尾的 */。</translation>
    </message>
    <message>
        <source>Unterminated quoted identifier: the closing ` is missing.</source>
        <translation>带引号的标识符未结束：缺少结尾的 `。</translation>
    </message>
    <message>
        <source>Unterminated quoted identifier: the closing &quot; is missing.</source>
        <translation>带引号的标识符未结束：缺少结尾的 &quot;。</translation>
    </message>
    <message>
        <source>Invalid UTF-8 byte 0x%1.</source>
        <translation>无效的 UTF-8 字节 0x%1。</translation>
    </message>
    <message>
        <source>Unexpected character %1.</source>
        <translation>意外的字符 %1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start a Flink SQL statement.</source>
        <translation>&apos;%1&apos; 不是 Flink SQL 语句的开头。</translation>
    </message>
    <message>
        <source>This statement set has no END: it runs to the end of the script.</source>
        <translation>该语句集缺少 END：它将一直延续到脚本末尾。</translation>
    </message>
    <message>
        <source>Unexpected &apos;)&apos;: no &apos;(&apos; is open.</source>
        <translation>意外的 &apos;)&apos;：没有与之匹配的 &apos;(&apos;。</translation>
    </message>
    <message>
        <source>Undefined variable ${%1}.</source>
        <translation>未定义的变量 ${%1}。</translation>
    </message>
    <message>
        <source>Undefined variable ${%1} in a string literal: it stays as written.</source>
        <translation>字符串字面量中的变量 ${%1} 未定义：将按原样保留。</translation>
    </message>
    <message>
        <source>Unclosed &apos;(&apos;: the matching &apos;)&apos; is missing.</source>
        <translation>&apos;(&apos; 未闭合：缺少与之匹配的 &apos;)&apos;。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取 schema 版本：%1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this Weir knows (%2).</source>
        <translation>数据库的 schema 版本为 %1，高于当前 Weir 所支持的版本（%2）。</translation>
    </message>
    <message>
        <source>Cannot upgrade the database to schema version %1: %2</source>
        <translation>无法将数据库升级到 schema 版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>ScriptRepository</name>
    <message>
        <source>A script named “%1” already exists at the top level.</source>
        <translation>顶层已存在名为“%1”的脚本。</translation>
    </message>
    <message>
        <source>A script named “%1” already exists in “%2”.</source>
        <translation>“%2”中已存在名为“%1”的脚本。</translation>
    </message>
    <message>
        <source>The folder to create “%1” in no longer exists.</source>
        <translation>要在其中创建“%1”的文件夹已不存在。</translation>
    </message>
    <message>
        <source>The new script “%1” could not be read back.</source>
        <translation>无法重新读取新建的脚本“%1”。</translation>
    </message>
    <message>
        <source>The script no longer exists.</source>
        <translation>该脚本已不存在。</translation>
    </message>
    <message>
        <source>The folder to move “%1” into no longer exists.</source>
        <translation>要将“%1”移入的文件夹已不存在。</translation>
    </message>
    <message>
        <source>The script no longer exists; its text was not saved.</source>
        <translation>该脚本已不存在，其文本未保存。</translation>
    </message>
    <message>
        <source>The script no longer exists; its settings were not saved.</source>
        <translation>该脚本已不存在，其设置未保存。</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot store the setting %1: values of type %2 are not supported.</source>
        <translation>无法保存设置 %1：不支持 %2 类型的值。</translation>
    </message>
</context>
<context>
    <name>SqlCommands</name>
    <message>
        <source>is a directory</source>
        <translation>是一个目录</translation>
    </message>
    <message>
        <source>weir: cannot read %1: %2</source>
        <translation>weir: 无法读取 %1：%2</translation>
    </message>
    <message>
        <source>usage: weir split FILE</source>
        <translation>用法：weir split FILE</translation>
    </message>
    <message>
        <source>usage: weir check FILE...</source>
        <translation>用法：weir check FILE...</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>无法配置数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation>无法将数据库 %1 切换为预写日志（WAL）模式：%2</translation>
    </message>
</context>
<context>
    <name>SqlUtil</name>
    <message>
        <source>unknown database error</source>
        <translation>未知的数据库错误</translation>
    </message>
    <message>
        <source>The workspace database reported an error: %1</source>
        <translation>工作区数据库报告了一个错误：%1</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
</context>
<context>
    <name>TreeNames</name>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>名称不能包含换行符或控制字符。</translation>
    </message>
</context>
<context>
    <name>Weir::AboutDialog</name>
    <message>
        <source>About Weir</source>
        <translation>关于 Weir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Weir %1&lt;/h2&gt;&lt;p&gt;A desktop studio for Apache Flink SQL: write, run and operate Flink jobs without a server.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Weir %1&lt;/h2&gt;&lt;p&gt;Apache Flink SQL 桌面开发工具：无需服务器即可编写、运行和运维 Flink 作业。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 QScintilla 构建。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Weir::ConsolePanel</name>
    <message>
        <source>Clear Console</source>
        <translation>清空控制台</translation>
    </message>
</context>
<context>
    <name>Weir::ExecutionSettingsPanel</name>
    <message>
        <source>Streaming</source>
        <translation>流模式</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批模式</translation>
    </message>
    <message>
        <source>Statement set (all INSERTs as one job)</source>
        <translation>语句集（所有 INSERT 作为一个作业提交）</translation>
    </message>
    <message>
        <source>Substitute ${name} variables</source>
        <translation>替换 ${name} 变量</translation>
    </message>
    <message>
        <source>key = value, one per line</source>
        <translation>key = value，每行一项</translation>
    </message>
    <message>
        <source>Show results while running</source>
        <translation>运行时显示结果</translation>
    </message>
    <message>
        <source>Show the changelog</source>
        <translation>显示变更日志</translation>
    </message>
    <message>
        <source>Stop the query at the row limit</source>
        <translation>达到行数上限时停止查询</translation>
    </message>
    <message>
        <source>Use the cluster&apos;s default</source>
        <translation>使用集群默认值</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标集群：</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>并行度：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>Flink options:</source>
        <translation>Flink 配置项：</translation>
    </message>
    <message>
        <source>Savepoint:</source>
        <translation>保存点：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Max rows:</source>
        <translation>最大行数：</translation>
    </message>
    <message>
        <source>Open a Flink SQL script to edit how it runs.</source>
        <translation>打开一个 Flink SQL 脚本以编辑其运行方式。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Weir::LocalFlink</name>
    <message>
        <source>no TaskManager registered with the JobManager</source>
        <translation>没有 TaskManager 注册到 JobManager</translation>
    </message>
    <message>
        <source>the SQL Gateway did not answer</source>
        <translation>SQL Gateway 没有响应</translation>
    </message>
    <message>
        <source>Flink %1 did not start within %2 s (%3).
%4</source>
        <translation>Flink %1 未能在 %2 秒内启动（%3）。
%4</translation>
    </message>
    <message>
        <source>The local Flink cluster is already running or stopping.</source>
        <translation>本地 Flink 集群已在运行或正在停止。</translation>
    </message>
    <message>
        <source>No working directory was given for the local Flink cluster.</source>
        <translation>未给本地 Flink 集群指定工作目录。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>JobManager</source>
        <translation>JobManager</translation>
    </message>
    <message>
        <source>TaskManager</source>
        <translation>TaskManager</translation>
    </message>
    <message>
        <source>SQL Gateway</source>
        <translation>SQL Gateway</translation>
    </message>
    <message>
        <source>Cannot run %1 to compute the %2&apos;s memory settings: %3</source>
        <translation>无法运行 %1 来计算 %2 的内存设置：%3</translation>
    </message>
    <message>
        <source>Flink&apos;s BashJavaUtils could not compute the %1&apos;s memory settings from %2 (exit code %3): %4
Its last output:
%5</source>
        <translation>Flink 的 BashJavaUtils 无法根据 %2 计算 %1 的内存设置（退出码 %3）：%4
最后的输出：
%5</translation>
    </message>
    <message>
        <source>Cannot start the %1 (%2): %3</source>
        <translation>无法启动 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Starting: %1</source>
        <translation>正在启动：%1</translation>
    </message>
    <message>
        <source>was killed or crashed</source>
        <translation>被强制终止或已崩溃</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>已退出（退出码 %1）</translation>
    </message>
    <message>
        <source>The Flink %1 %2 after %3 s.%4
Its last output (full log: %5):
%6</source>
        <translation>Flink %1 在运行 %3 秒后%2。%4
最后的输出（完整日志：%5）：
%6</translation>
    </message>
    <message>
        <source>Last output of the %1 (%2):
</source>
        <translation>%1 最后的输出（%2）：
</translation>
    </message>
</context>
<context>
    <name>Weir::MainWindow</name>
    <message>
        <source>Weir</source>
        <translation>Weir</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Saved a new version.</source>
        <translation>已保存新版本。</translation>
    </message>
    <message>
        <source>Saved; the text had not changed.</source>
        <translation>已保存；文本没有变化。</translation>
    </message>
    <message numerus="yes">
        <source>Recovered unsaved edits of %n script(s): %1</source>
        <translation>
            <numerusform>已恢复 %n 个脚本中未保存的编辑：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>全部保存(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Weir</source>
        <translation>关于 Weir(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a Flink SQL script to edit how it runs.</source>
        <translation>打开一个 Flink SQL 脚本以编辑其运行方式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an environment script: other scripts run it first (choose it under Environment in their settings).</source>
        <translation>“%1”是环境脚本：其他脚本会先运行它（在这些脚本设置的“环境”中选择它）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs against a database, not Flink.</source>
        <translation>“%1”在数据库上运行，而不是在 Flink 上运行。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Weir::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>FLINK_HOME or Weir&apos;s Flink cache</source>
        <translation>FLINK_HOME 或 Weir 的 Flink 缓存</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A new language takes effect when Weir starts again.</source>
        <translation>新的语言将在 Weir 重新启动后生效。</translation>
    </message>
    <message>
        <source>Flink Installation</source>
        <translation>选择 Flink 安装目录</translation>
    </message>
</context>
<context>
    <name>Weir::ProjectTree</name>
    <message>
        <source>New &amp;Folder</source>
        <translation>新建文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>New Flink &amp;SQL Script</source>
        <translation>新建 Flink SQL 脚本(&amp;S)</translation>
    </message>
    <message>
        <source>New Flink SQL &amp;Environment Script</source>
        <translation>新建 Flink SQL 环境脚本(&amp;E)</translation>
    </message>
    <message>
        <source>New &amp;Database SQL Script</source>
        <translation>新建数据库 SQL 脚本(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>新建环境</translation>
    </message>
    <message>
        <source>New Database Script</source>
        <translation>新建数据库脚本</translation>
    </message>
    <message>
        <source>New Flink Job</source>
        <translation>新建 Flink 作业</translation>
    </message>
    <message>
        <source>Delete the folder &quot;%1&quot; with all the folders and scripts in it?</source>
        <translation>要删除文件夹“%1”及其中的所有文件夹和脚本吗？</translation>
    </message>
    <message>
        <source>Delete the script &quot;%1&quot; and its saved versions?</source>
        <translation>要删除脚本“%1”及其所有已保存的版本吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>Weir::ProjectTreeModel</name>
    <message>
        <source>Nothing is selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>%1 脚本</translation>
    </message>
</context>
<context>
    <name>Weir::ResultsPanel</name>
    <message>
        <source>Rows of the queries you run appear here, live, as a table and a changelog.</source>
        <translation>运行查询后，结果行会实时显示在这里，以表格和变更日志两种形式呈现。</translation>
    </message>
</context>
<context>
    <name>Weir::ScriptTabs</name>
    <message>
        <source>Close Script</source>
        <translation>关闭脚本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before closing?</source>
        <translation>“%1”有未保存的更改。是否在关闭前保存？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>%1 脚本</translation>
    </message>
</context>
<context>
    <name>Weir::Settings</name>
    <message>
        <source>Editor font</source>
        <translation>编辑器字体</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>编辑器字号</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Flink installation directory</source>
        <translation>Flink 安装目录</translation>
    </message>
    <message>
        <source>Refresh jobs every (seconds)</source>
        <translation>作业刷新间隔（秒）</translation>
    </message>
    <message>
        <source>Save unsaved edits after (milliseconds)</source>
        <translation>未保存编辑的暂存延迟（毫秒）</translation>
    </message>
    <message>
        <source>Main window geometry</source>
        <translation>主窗口位置和大小</translation>
    </message>
    <message>
        <source>Main window layout</source>
        <translation>主窗口布局</translation>
    </message>
    <message>
        <source>Open scripts</source>
        <translation>已打开的脚本</translation>
    </message>
    <message>
        <source>Current script</source>
        <translation>当前脚本</translation>
    </message>
    <message>
        <source>The setting “%1” expects a value of type %2.</source>
        <translation>设置“%1”需要 %2 类型的值。</translation>
    </message>
</context>
<context>
    <name>Weir::Storage</name>
    <message>
        <source>The data directory %1 is not writable (%2).</source>
        <translation>数据目录 %1 不可写（%2）。</translation>
    </message>
    <message>
        <source>The workspace database %1 cannot be used: %2. %3</source>
        <translation>无法使用工作区数据库 %1：%2。%3</translation>
    </message>
    <message>
        <source>The workspace database %1 could not be used: %2. It was renamed to %3 and kept unchanged; Weir started with a new, empty workspace.</source>
        <translation>无法使用工作区数据库 %1：%2。原文件已重命名为 %3 并保持不变；Weir 已使用一个新的空工作区启动。</translation>
    </message>
    <message>
        <source>The workspace database %1: %2</source>
        <translation>工作区数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>WorkspacePaths</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>无法创建数据目录 %1</translation>
    </message>
</context>
</TS>
