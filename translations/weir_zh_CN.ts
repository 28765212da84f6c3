<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertConfigRepository</name>
    <message>
        <source>An alert instance needs a name.</source>
        <translation>告警实例必须有名称。</translation>
    </message>
    <message>
        <source>No alert instance %1.</source>
        <translation>不存在告警实例 %1。</translation>
    </message>
    <message>
        <source>An alert group needs a name.</source>
        <translation>告警组必须有名称。</translation>
    </message>
    <message>
        <source>No alert group %1.</source>
        <translation>不存在告警组 %1。</translation>
    </message>
</context>
<context>
    <name>AlertTemplate</name>
    <message>
        <source>Flink job failed: %1</source>
        <translation>Flink 作业失败：%1</translation>
    </message>
    <message>
        <source>Flink job restarting repeatedly: %1</source>
        <translation>Flink 作业反复重启：%1</translation>
    </message>
    <message>
        <source>Checkpoints failing: %1</source>
        <translation>检查点持续失败：%1</translation>
    </message>
    <message>
        <source>Streaming job finished unexpectedly: %1</source>
        <translation>流作业意外结束：%1</translation>
    </message>
    <message>
        <source>Flink cluster unreachable: %1</source>
        <translation>Flink 集群无法访问：%1</translation>
    </message>
    <message>
        <source>Cluster %1 has not answered since %2.</source>
        <translation>集群 %1 自 %2 起没有响应。</translation>
    </message>
    <message>
        <source>%1 (job %2 on %3) is %4.</source>
        <translation>%1（集群 %3 上的作业 %2）状态为 %4。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>作业：%1（%2）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>集群：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Reminder %1: the condition has not cleared.</source>
        <translation>第 %1 次提醒：告警条件仍未解除。</translation>
    </message>
</context>
<context>
    <name>ChartFrameBuilder</name>
    <message numerus="yes">
        <source>Others (%n values)</source>
        <translation>
            <numerusform>其他（%n 个值）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterProbe</name>
    <message>
        <source>SQL Gateway: no URL configured</source>
        <translation>SQL Gateway：未配置 URL</translation>
    </message>
    <message>
        <source>SQL Gateway %1: OK (REST API V%2, Flink %3)</source>
        <translation>SQL Gateway %1：正常（REST API V%2，Flink %3）</translation>
    </message>
    <message>
        <source>SQL Gateway: %1</source>
        <translation>SQL Gateway：%1</translation>
    </message>
    <message>
        <source>JobManager: no URL configured</source>
        <translation>JobManager：未配置 URL</translation>
    </message>
    <message numerus="yes">
        <source>JobManager %1: OK (%n task manager(s), %2 of %3 slots free, %4 running job(s))</source>
        <translation>
            <numerusform>JobManager %1：正常（%n 个 TaskManager，%3 个 slot 中 %2 个空闲，%4 个作业正在运行）</numerusform>
        </translation>
    </message>
    <message>
        <source>JobManager: %1</source>
        <translation>JobManager：%1</translation>
    </message>
</context>
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
    <name>FlinkErrorText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source> Was expecting one of: %1.</source>
        <translation> 期望以下之一：%1。</translation>
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
    <name>GatewayError</name>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation>%1（来自 %3 的 HTTP %2）</translation>
    </message>
    <message>
        <source>The SQL Gateway at %1 no longer knows session %2: it expired or the gateway restarted.</source>
        <translation>位于 %1 的 SQL Gateway 已不再识别会话 %2：会话已过期，或 SQL Gateway 已重启。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 返回 HTTP %2。</translation>
    </message>
    <message>
        <source>Unreadable answer from %1: %2</source>
        <translation>无法解析来自 %1 的响应：%2</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Hello Orders</source>
        <translation>订单入门示例</translation>
    </message>
    <message>
        <source>Windowed Revenue</source>
        <translation>窗口收入统计</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
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
    <name>JobManagerParser</name>
    <message>
        <source>the answer is not JSON (%1)</source>
        <translation>响应不是 JSON（%1）</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; in the answer</source>
        <translation>响应中没有 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer is not a JSON array</source>
        <translation>响应不是 JSON 数组</translation>
    </message>
    <message>
        <source>a completed operation with neither a location nor a failure cause</source>
        <translation>已完成的操作既没有位置也没有失败原因</translation>
    </message>
</context>
<context>
    <name>JobStateColor</name>
    <message>
        <source>Initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>失败中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Reconciling</source>
        <translation>协调中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已调度</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>部署中</translation>
    </message>
    <message>
        <source>back pressure: measuring</source>
        <translation>反压：测量中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>back pressure: %1 (%2 %)</source>
        <translation>反压：%1（%2 %）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Develop</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>已上线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>in development</source>
        <translation>开发中</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>online</source>
        <translation>已上线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Go Online</source>
        <translation>上线</translation>
    </message>
    <message>
        <source>Go Offline</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>退役</translation>
    </message>
    <message>
        <source> Take it offline first.</source>
        <translation> 请先将其下线。</translation>
    </message>
    <message>
        <source> Maintain it first to edit and publish again.</source>
        <translation> 请先维护，再编辑并重新发布。</translation>
    </message>
    <message>
        <source> Publish it first.</source>
        <translation> 请先发布。</translation>
    </message>
    <message>
        <source> Maintain and publish it first.</source>
        <translation> 请先维护并发布。</translation>
    </message>
    <message>
        <source>%1 is not possible while the script is %2.%3</source>
        <translation>脚本处于%2状态时无法执行“%1”。%3</translation>
    </message>
    <message>
        <source>The script is empty: there is nothing to publish.</source>
        <translation>脚本为空：没有可发布的内容。</translation>
    </message>
    <message>
        <source>An environment script does not run on its own: other scripts run it first. Only a Flink SQL script goes online.</source>
        <translation>环境脚本不会单独运行：它由其他脚本先行执行。只有 Flink SQL 脚本可以上线。</translation>
    </message>
    <message>
        <source>A SQL script runs against a database, not Flink: it cannot go online.</source>
        <translation>SQL 脚本在数据库上运行，而不是在 Flink 上：它不能上线。</translation>
    </message>
    <message>
        <source>The published version submits no job (no INSERT and no statement set): there would be nothing to keep online.</source>
        <translation>发布的版本不提交任何作业（没有 INSERT，也没有语句集）：没有可保持上线的内容。</translation>
    </message>
</context>
<context>
    <name>LifecycleRepository</name>
    <message>
        <source>Cannot store the script&apos;s lifecycle: %1</source>
        <translation>无法保存脚本的生命周期：%1</translation>
    </message>
    <message>
        <source>Cannot record the lifecycle event: %1</source>
        <translation>无法记录生命周期事件：%1</translation>
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
    <name>RestorePointResolver</name>
    <message>
        <source>&quot;%1&quot; restores from a chosen savepoint, but none is chosen (Execution → Restore).</source>
        <translation>“%1”设置为从指定的保存点恢复，但尚未选择保存点（执行 → 恢复）。</translation>
    </message>
    <message>
        <source>chosen savepoint of &quot;%1&quot;</source>
        <translation>“%1”的指定保存点</translation>
    </message>
    <message>
        <source>no completed savepoint of &quot;%1&quot; on &quot;%2&quot; is registered</source>
        <translation>“%2”上没有登记“%1”已完成的保存点</translation>
    </message>
    <message>
        <source>latest savepoint of &quot;%1&quot;, %2</source>
        <translation>“%1”的最新保存点，%2</translation>
    </message>
    <message>
        <source>earliest savepoint of &quot;%1&quot;, %2</source>
        <translation>“%1”的最早保存点，%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not submitted a job yet</source>
        <translation>“%1”尚未提交过作业</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no JobManager URL to ask for the checkpoints of job %2.</source>
        <translation>“%1”没有 JobManager URL，无法查询作业 %2 的检查点。</translation>
    </message>
    <message>
        <source>The checkpoints of job %1 could not be read from the JobManager %2: %3</source>
        <translation>无法从 JobManager %2 读取作业 %1 的检查点：%3</translation>
    </message>
    <message>
        <source>job %1 of &quot;%2&quot; has no retained checkpoint (set execution.checkpointing.dir and execution.checkpointing.externalized-checkpoint-retention)</source>
        <translation>“%2”的作业 %1 没有保留的检查点（请设置 execution.checkpointing.dir 和 execution.checkpointing.externalized-checkpoint-retention）</translation>
    </message>
    <message>
        <source>latest checkpoint %1 of job %2 of &quot;%3&quot;, %4</source>
        <translation>“%3”的作业 %2 的最新检查点 %1，%4</translation>
    </message>
    <message>
        <source>job %1 of &quot;%2&quot; is no longer known to the JobManager and no checkpoint of the script is registered</source>
        <translation>JobManager 已不再知道“%2”的作业 %1，且该脚本没有已登记的检查点</translation>
    </message>
    <message>
        <source>latest registered checkpoint of &quot;%1&quot;, %2 (job %3 is no longer known to the JobManager)</source>
        <translation>“%1”最新登记的检查点，%2（JobManager 已不再知道作业 %3）</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>Could not write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ResultPageParser</name>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation>第 %1 字节处的 JSON 无效（%2）</translation>
    </message>
    <message>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation>未知的 resultType &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown row kind &quot;%1&quot;</source>
        <translation>未知的行类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a row has %1 fields for %2 columns</source>
        <translation>某行有 %1 个字段，但共有 %2 列</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>usage: weir run FILE [--target NAME | --gateway URL] [--var k=v]... [--max-rows N]
                [--format table|changelog|csv|jsonl] [--timeout S] [--keep-going]
                [--data-dir DIR]
</source>
        <translation>用法：weir run FILE [--target NAME | --gateway URL] [--var k=v]... [--max-rows N]
               [--format table|changelog|csv|jsonl] [--timeout S] [--keep-going]
               [--data-dir DIR]
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--var needs NAME=VALUE, not “%1”</source>
        <translation>--var 需要 NAME=VALUE 形式，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 needs a positive number, not “%2”</source>
        <translation>%1 需要一个正数，而不是“%2”</translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation>未知格式“%1”</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>no script given</source>
        <translation>未指定脚本</translation>
    </message>
    <message>
        <source>give exactly one of --target NAME and --gateway URL</source>
        <translation>--target NAME 和 --gateway URL 必须且只能指定其中一个</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>RunHistoryRepository</name>
    <message>
        <source>Unknown run status “%1”.</source>
        <translation>未知的运行状态“%1”。</translation>
    </message>
    <message>
        <source>No run history entry %1.</source>
        <translation>不存在运行历史记录 %1。</translation>
    </message>
</context>
<context>
    <name>RunPlan</name>
    <message>
        <source>Undefined variable ${%1}</source>
        <translation>未定义的变量 ${%1}</translation>
    </message>
</context>
<context>
    <name>RunReportWriter</name>
    <message>
        <source>Job ID: %1</source>
        <translation>作业 ID：%1</translation>
    </message>
    <message>
        <source>Execute statement succeeded.</source>
        <translation>语句执行成功。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at the max rows (%n row(s)).</source>
        <translation>
            <numerusform>已达到最大行数，已停止（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row in set</source>
        <translation>结果集中有 1 行</translation>
    </message>
    <message>
        <source>%1 rows in set</source>
        <translation>结果集中有 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>(%n oldest row(s) dropped by the max rows)</source>
        <translation>
            <numerusform>（因最大行数限制，已丢弃最早的 %n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavepointFailure</name>
    <message>
        <source>no savepoint directory configured: set execution.checkpointing.savepoint-dir (state.savepoints.dir before Flink 2.0) in the cluster&apos;s configuration or give a target directory</source>
        <translation>未配置保存点目录：请在集群配置中设置 execution.checkpointing.savepoint-dir（Flink 2.0 之前为 state.savepoints.dir），或指定目标目录</translation>
    </message>
    <message>
        <source>cannot create the savepoint directory %1: it must be writable by the JobManager and every TaskManager</source>
        <translation>无法创建保存点目录 %1：JobManager 和每个 TaskManager 都必须对其有写权限</translation>
    </message>
    <message>
        <source>the job no longer exists on the cluster</source>
        <translation>该作业在集群上已不存在</translation>
    </message>
    <message>
        <source>not every task of the job is running (it is starting, restarting or finishing): a savepoint needs all tasks running</source>
        <translation>作业并非所有任务都在运行（正在启动、重启或结束）：保存点要求所有任务都处于运行状态</translation>
    </message>
    <message>
        <source>the savepoint did not complete within the job&apos;s checkpoint timeout (execution.checkpointing.timeout)</source>
        <translation>保存点未能在作业的检查点超时时间（execution.checkpointing.timeout）内完成</translation>
    </message>
    <message>
        <source>the job is not running</source>
        <translation>该作业未在运行</translation>
    </message>
    <message>
        <source>no result within %1 s: the savepoint may still complete; look at the job&apos;s checkpoints</source>
        <translation>%1 秒内没有结果：保存点可能仍会完成，请查看该作业的检查点</translation>
    </message>
</context>
<context>
    <name>SavepointRepository</name>
    <message>
        <source>Unknown savepoint kind “%1”.</source>
        <translation>未知的保存点类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown savepoint operation “%1”.</source>
        <translation>未知的保存点操作“%1”。</translation>
    </message>
    <message>
        <source>Unknown savepoint status “%1”.</source>
        <translation>未知的保存点状态“%1”。</translation>
    </message>
    <message>
        <source>No savepoint entry %1.</source>
        <translation>不存在保存点记录 %1。</translation>
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
    <message>
        <source>usage: weir format [--check | -i] [--keyword-case=upper|lower|keep] [--indent=N] FILE...</source>
        <translation>用法：weir format [--check | -i] [--keyword-case=upper|lower|keep] [--indent=N] FILE...</translation>
    </message>
    <message>
        <source>weir: cannot write %1: %2</source>
        <translation>weir: 无法写入 %1：%2</translation>
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
    <name>VariableRepository</name>
    <message>
        <source>“%1” cannot be a variable name.</source>
        <translation>“%1”不能用作变量名。</translation>
    </message>
    <message>
        <source>A secret&apos;s value belongs in the keychain, not in the database.</source>
        <translation>密钥的值应保存在密钥环中，而不是数据库中。</translation>
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
    <name>Weir::AlertGroupsEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>发送到：</translation>
    </message>
    <message>
        <source>New alert group</source>
        <translation>新告警组</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Weir::AlertHistoryModel</name>
    <message>
        <source>Job failed</source>
        <translation>作业失败</translation>
    </message>
    <message>
        <source>Job restarting</source>
        <translation>作业重启</translation>
    </message>
    <message>
        <source>Checkpoints failing</source>
        <translation>检查点失败</translation>
    </message>
    <message>
        <source>Streaming job finished</source>
        <translation>流作业已结束</translation>
    </message>
    <message>
        <source>Cluster unreachable</source>
        <translation>集群无法访问</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Weir::AlertSender</name>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>响应不是 JSON：%1</translation>
    </message>
    <message>
        <source>refused: %1 (code %2)</source>
        <translation>被拒绝：%1（代码 %2）</translation>
    </message>
    <message>
        <source>the answer has no result code: %1</source>
        <translation>响应中没有结果代码：%1</translation>
    </message>
    <message>
        <source>Alert instance “%1”: %2</source>
        <translation>告警实例“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL.</source>
        <translation>“%1”不是 http(s) URL。</translation>
    </message>
</context>
<context>
    <name>Weir::AlertService</name>
    <message>
        <source>test cluster</source>
        <translation>测试集群</translation>
    </message>
    <message>
        <source>Weir test alert</source>
        <translation>Weir 测试告警</translation>
    </message>
    <message>
        <source>This is a test: the alert instance works.</source>
        <translation>这是一条测试消息：告警实例工作正常。</translation>
    </message>
    <message>
        <source>no keychain to read the secret “%1” from.</source>
        <translation>没有可用于读取密钥“%1”的密钥环。</translation>
    </message>
    <message>
        <source>Desktop notifications need D-Bus, which this build of Weir lacks.</source>
        <translation>桌面通知需要 D-Bus，但此版本的 Weir 不支持 D-Bus。</translation>
    </message>
    <message>
        <source>Alert instance “%1”: cannot read its secret: %2</source>
        <translation>告警实例“%1”：无法读取其密钥：%2</translation>
    </message>
</context>
<context>
    <name>Weir::AlertsPanel</name>
    <message>
        <source>DingTalk robot</source>
        <translation>钉钉机器人</translation>
    </message>
    <message>
        <source>WeCom robot</source>
        <translation>企业微信机器人</translation>
    </message>
    <message>
        <source>Feishu robot</source>
        <translation>飞书机器人</translation>
    </message>
    <message>
        <source>HTTP webhook</source>
        <translation>HTTP webhook</translation>
    </message>
    <message>
        <source>Email (SMTP)</source>
        <translation>电子邮件（SMTP）</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>告警组</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Send alerts to this instance</source>
        <translation>向此实例发送告警</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Settings (JSON):</source>
        <translation>设置（JSON）：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>none (signing secret, key or password)</source>
        <translation>无（签名密钥、key 或密码）</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>已保存在密钥环中；输入新值即可替换</translation>
    </message>
    <message>
        <source>New alert instance</source>
        <translation>新告警实例</translation>
    </message>
    <message>
        <source>The settings are not a JSON object: %1</source>
        <translation>设置不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Sending a test alert…</source>
        <translation>正在发送测试告警…</translation>
    </message>
    <message>
        <source>The test alert was sent.</source>
        <translation>测试告警已发送。</translation>
    </message>
</context>
<context>
    <name>Weir::ChangelogModel</name>
    <message>
        <source>op</source>
        <translation>op</translation>
    </message>
    <message>
        <source>+I insert, -U update before, +U update after, -D delete</source>
        <translation>+I 插入，-U 更新前，+U 更新后，-D 删除</translation>
    </message>
</context>
<context>
    <name>Weir::ChartAdapter</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
</context>
<context>
    <name>Weir::ChartPanel</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Weir chart</source>
        <translation>Weir 图表</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Weir::ChartToolbar</name>
    <message>
        <source>Line</source>
        <translation>折线图</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积图</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>堆叠柱状图</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>散点图</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>饼图</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>图表类型</translation>
    </message>
    <message>
        <source>The column on the X axis (time, number or category)</source>
        <translation>X 轴使用的列（时间、数值或类别）</translation>
    </message>
    <message>
        <source>The numeric columns drawn on the Y axis</source>
        <translation>在 Y 轴上绘制的数值列</translation>
    </message>
    <message numerus="yes">
        <source>One series per distinct value of this column (the first %n; the rest as &quot;Others&quot;)</source>
        <translation>
            <numerusform>此列的每个不同值各成一个系列（取前 %n 个，其余归入“其他”）</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <source>Chart the current table, or the changelog&apos;s values as they arrived</source>
        <translation>绘制当前表格，或按到达顺序绘制变更日志中的值</translation>
    </message>
    <message>
        <source>all points</source>
        <translation>全部数据点</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个点</translation>
    </message>
    <message>
        <source>Keep only the last N points of each series</source>
        <translation>每个系列只保留最后 N 个数据点</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Keep only the last T seconds of a time axis</source>
        <translation>时间轴只保留最后 T 秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the chart while rows go on streaming</source>
        <translation>冻结图表，数据行仍继续流入</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or by dragging a rectangle</source>
        <translation>使用鼠标滚轮或拖出矩形区域进行缩放</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>by</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>(arrival time)</source>
        <translation>（到达时间）</translation>
    </message>
    <message>
        <source>(row order)</source>
        <translation>（行顺序）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
</context>
<context>
    <name>Weir::ClusterDialog</name>
    <message>
        <source>Enter the %1 URL.</source>
        <translation>请输入 %1 URL。</translation>
    </message>
    <message>
        <source>The %1 URL “%2” is not valid: use http:// or https:// with a host, e.g. http://localhost:8083.</source>
        <translation>%1 URL“%2”无效：请使用带主机名的 http:// 或 https:// 地址，例如 http://localhost:8083。</translation>
    </message>
    <message>
        <source>Edit Cluster</source>
        <translation>编辑集群</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <source>e.g. Staging</source>
        <translation>例如 Staging</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic（用户名和密码）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>验证 TLS 证书</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>仅使用系统证书</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>CA Certificates (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>SQL &amp;Gateway URL:</source>
        <translation>SQL Gateway URL(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;JobManager URL:</source>
        <translation>JobManager URL(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Enter a name for the cluster.</source>
        <translation>请输入集群名称。</translation>
    </message>
    <message>
        <source>A cluster named “%1” already exists.</source>
        <translation>已存在名为“%1”的集群。</translation>
    </message>
    <message>
        <source>Enter the SQL Gateway URL (and the JobManager URL to see jobs and slots).</source>
        <translation>请输入 SQL Gateway URL（如需查看作业和 slot，还需输入 JobManager URL）。</translation>
    </message>
    <message>
        <source>SQL Gateway</source>
        <translation>SQL Gateway</translation>
    </message>
    <message>
        <source>JobManager</source>
        <translation>JobManager</translation>
    </message>
    <message>
        <source>Enter the user name for basic authentication.</source>
        <translation>请输入 Basic 认证的用户名。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>正在测试连接...</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading from the system keychain...</source>
        <translation>正在从系统密钥环读取...</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
</context>
<context>
    <name>Weir::ClusterProbe</name>
    <message>
        <source>no &quot;taskmanagers&quot; in the answer (is this a JobManager?)</source>
        <translation>响应中没有 &quot;taskmanagers&quot;（这是 JobManager 吗？）</translation>
    </message>
</context>
<context>
    <name>Weir::ClustersModel</name>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>正在检查...</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>No URLs</source>
        <translation>未配置 URL</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Gateway down</source>
        <translation>Gateway 不可用</translation>
    </message>
    <message>
        <source>JobManager down</source>
        <translation>JobManager 不可用</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(chosen when started)</source>
        <translation>（启动时选择）</translation>
    </message>
    <message>
        <source>Flink started by Weir on this computer.</source>
        <translation>由 Weir 在本机启动的 Flink。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Flink</source>
        <translation>Flink</translation>
    </message>
    <message>
        <source>Task managers</source>
        <translation>TaskManager</translation>
    </message>
    <message>
        <source>Slots free / total</source>
        <translation>空闲 / 总 slot</translation>
    </message>
    <message>
        <source>SQL Gateway</source>
        <translation>SQL Gateway</translation>
    </message>
</context>
<context>
    <name>Weir::ClustersPanel</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Register a Flink cluster</source>
        <translation>注册一个 Flink 集群</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected cluster</source>
        <translation>编辑所选集群</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected cluster from Weir</source>
        <translation>从 Weir 中移除所选集群</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Check every cluster now</source>
        <translation>立即检查所有集群</translation>
    </message>
    <message>
        <source>Start Local</source>
        <translation>启动本地集群</translation>
    </message>
    <message>
        <source>Start the Local Flink cluster on this computer</source>
        <translation>在本机启动本地 Flink 集群</translation>
    </message>
    <message>
        <source>Stop Local</source>
        <translation>停止本地集群</translation>
    </message>
    <message>
        <source>Stop the Local Flink cluster</source>
        <translation>停止本地 Flink 集群</translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>移除集群</translation>
    </message>
    <message>
        <source>Stop the Local cluster before removing it.</source>
        <translation>请先停止本地集群，再将其移除。</translation>
    </message>
    <message>
        <source>Remove the cluster “%1” from Weir? The cluster itself is not touched.</source>
        <translation>要从 Weir 中移除集群“%1”吗？集群本身不会受到影响。</translation>
    </message>
    <message>
        <source>Starting Local Flink... (its output is in the Console)</source>
        <translation>正在启动本地 Flink...（输出显示在控制台中）</translation>
    </message>
    <message>
        <source>The password or token of “%1” could not be read: %2</source>
        <translation>无法读取“%1”的密码或令牌：%2</translation>
    </message>
    <message>
        <source>The cluster “%1” was saved, but its password or token was not: %2</source>
        <translation>集群“%1”已保存，但其密码或令牌未能保存：%2</translation>
    </message>
    <message>
        <source>The old password or token could not be removed from the keychain: %1</source>
        <translation>无法从密钥环中删除旧的密码或令牌：%1</translation>
    </message>
</context>
<context>
    <name>Weir::CompletionEngine</name>
    <message>
        <source>%1, required</source>
        <translation>%1，必填</translation>
    </message>
    <message>
        <source>%1, default %2</source>
        <translation>%1，默认值 %2</translation>
    </message>
    <message>
        <source>The catalog type.</source>
        <translation>catalog 类型。</translation>
    </message>
    <message>
        <source>The table connector.</source>
        <translation>表的连接器。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>CTE</source>
        <translation>CTE</translation>
    </message>
    <message>
        <source>in this script</source>
        <translation>在此脚本中</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>alias of %1</source>
        <translation>%1 的别名</translation>
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
    <name>Weir::DesktopNotifier</name>
    <message>
        <source>no D-Bus session bus.</source>
        <translation>没有 D-Bus 会话总线。</translation>
    </message>
</context>
<context>
    <name>Weir::DingTalkSender</name>
    <message>
        <source>the webhook URL is missing.</source>
        <translation>缺少 webhook URL。</translation>
    </message>
</context>
<context>
    <name>Weir::EmailSender</name>
    <message>
        <source>the SMTP server is missing.</source>
        <translation>缺少 SMTP 服务器。</translation>
    </message>
    <message>
        <source>the sender address is missing.</source>
        <translation>缺少发件人地址。</translation>
    </message>
    <message>
        <source>no recipient.</source>
        <translation>没有收件人。</translation>
    </message>
    <message>
        <source>unknown security “%1” (starttls, tls or none).</source>
        <translation>未知的安全方式“%1”（应为 starttls、tls 或 none）。</translation>
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
    <message>
        <source>key = value, one per line (Ctrl+Space completes)</source>
        <translation>key = value，每行一项（按 Ctrl+Space 补全）</translation>
    </message>
    <message>
        <source>Who is alerted when a job of this script fails, restarts or stops</source>
        <translation>此脚本的作业失败、重启或停止时通知谁</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>告警：</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>Latest savepoint</source>
        <translation>最新保存点</translation>
    </message>
    <message>
        <source>Earliest savepoint</source>
        <translation>最早保存点</translation>
    </message>
    <message>
        <source>Chosen savepoint</source>
        <translation>指定保存点</translation>
    </message>
    <message>
        <source>Latest checkpoint</source>
        <translation>最新检查点</translation>
    </message>
    <message>
        <source>What an INSERT or statement set of this script restores from when it is submitted (savepoints of the script on its target, or the latest retained checkpoint of its last job)</source>
        <translation>提交此脚本的 INSERT 或语句集时从何处恢复（脚本在其目标上的保存点，或其上一个作业最新保留的检查点）</translation>
    </message>
    <message>
        <source>file:///… or pick a registered savepoint</source>
        <translation>file:///… 或选择一个已登记的保存点</translation>
    </message>
    <message>
        <source>No claim</source>
        <translation>不认领</translation>
    </message>
    <message>
        <source>Flink leaves the restored snapshot alone; it stays usable</source>
        <translation>Flink 不改动所恢复的快照；它仍可再次使用</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Flink owns the restored snapshot and deletes it once it is no longer needed</source>
        <translation>Flink 接管所恢复的快照，并在不再需要时将其删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Claim mode:</source>
        <translation>认领模式：</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>savepoint</source>
        <translation>保存点</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Weir::FeishuSender</name>
    <message>
        <source>the webhook URL is missing.</source>
        <translation>缺少 webhook URL。</translation>
    </message>
</context>
<context>
    <name>Weir::FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>全字匹配</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>替换此匹配项并查找下一个</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace every match</source>
        <translation>替换所有匹配项</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Weir::GatewayClient</name>
    <message>
        <source>The SQL Gateway offers REST API versions %1; Weir needs V2 (Flink 1.17) or later.</source>
        <translation>SQL Gateway 提供的 REST API 版本为 %1；Weir 需要 V2（Flink 1.17）或更高版本。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>no &quot;versions&quot; in the answer</source>
        <translation>响应中没有 &quot;versions&quot;</translation>
    </message>
    <message>
        <source>no &quot;version&quot; in the answer</source>
        <translation>响应中没有 &quot;version&quot;</translation>
    </message>
</context>
<context>
    <name>Weir::GatewaySession</name>
    <message>
        <source>The session on %1 is not open.</source>
        <translation>%1 上的会话未打开。</translation>
    </message>
    <message>
        <source>Not connected to a SQL Gateway yet.</source>
        <translation>尚未连接到 SQL Gateway。</translation>
    </message>
    <message>
        <source>no &quot;sessionHandle&quot; in the answer</source>
        <translation>响应中没有 &quot;sessionHandle&quot;</translation>
    </message>
</context>
<context>
    <name>Weir::GoToLineBar</name>
    <message>
        <source>Go to line:</source>
        <translation>转到行：</translation>
    </message>
    <message>
        <source>1 to %1, or line:column</source>
        <translation>1 到 %1，或 行:列</translation>
    </message>
</context>
<context>
    <name>Weir::HistoryPanel</name>
    <message>
        <source>All scripts</source>
        <translation>所有脚本</translation>
    </message>
    <message>
        <source>List the runs of every script, not only of the current one.</source>
        <translation>列出所有脚本的运行记录，而不仅是当前脚本的。</translation>
    </message>
    <message>
        <source>Filter by statement, status, job ID, error…</source>
        <translation>按语句、状态、作业 ID、错误等筛选…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open Statement</source>
        <translation>打开语句</translation>
    </message>
    <message>
        <source>Copy Statement</source>
        <translation>复制语句</translation>
    </message>
    <message>
        <source>Copy Job ID</source>
        <translation>复制作业 ID</translation>
    </message>
    <message>
        <source>Copy Error</source>
        <translation>复制错误</translation>
    </message>
    <message>
        <source>Delete from History</source>
        <translation>从历史记录中删除</translation>
    </message>
</context>
<context>
    <name>Weir::HttpClient</name>
    <message>
        <source>no CA certificate could be read from %1</source>
        <translation>无法从 %1 读取任何 CA 证书</translation>
    </message>
    <message>
        <source>TLS error talking to %1: %2.</source>
        <translation>与 %1 通信时发生 TLS 错误：%2。</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused.</source>
        <translation>无法连接到 %1：连接被拒绝。</translation>
    </message>
    <message>
        <source>Could not connect to %1: host not found.</source>
        <translation>无法连接到 %1：找不到主机。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (timeout).</source>
        <translation>%1 在 %2 秒内没有响应（超时）。</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer was complete.</source>
        <translation>%1 在响应完成之前关闭了连接。</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2.</source>
        <translation>无法与 %1 通信：%2。</translation>
    </message>
    <message numerus="yes">
        <source>(%n attempt(s))</source>
        <translation>
            <numerusform>（尝试了 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Weir::HttpSender</name>
    <message>
        <source>the URL is missing.</source>
        <translation>缺少 URL。</translation>
    </message>
    <message>
        <source>unsupported HTTP method “%1”.</source>
        <translation>不支持的 HTTP 方法“%1”。</translation>
    </message>
</context>
<context>
    <name>Weir::JobDetailTabs</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Job graph</source>
        <translation>作业图</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Savepoints</source>
        <translation>保存点</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>显示完整的图</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>JobManager log:</source>
        <translation>JobManager 日志：</translation>
    </message>
    <message>
        <source>Open a job to see its details.</source>
        <translation>打开一个作业以查看其详细信息。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并行度</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>顶点</translation>
    </message>
    <message>
        <source>%1 completed, %2 failed, %3 in progress, %4 restored.</source>
        <translation>%1 个已完成，%2 个失败，%3 个进行中，%4 个已恢复。</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>No exceptions.</source>
        <translation>没有异常。</translation>
    </message>
    <message>
        <source>Cannot read the job: %1</source>
        <translation>无法读取作业：%1</translation>
    </message>
    <message>
        <source>Job configuration</source>
        <translation>作业配置</translation>
    </message>
    <message>
        <source>Restart strategy</source>
        <translation>重启策略</translation>
    </message>
    <message>
        <source>Execution mode</source>
        <translation>执行模式</translation>
    </message>
    <message>
        <source>Object reuse</source>
        <translation>对象重用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Checkpointing mode</source>
        <translation>检查点模式</translation>
    </message>
    <message>
        <source>Checkpoint interval</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <source>Checkpoint timeout</source>
        <translation>检查点超时</translation>
    </message>
    <message>
        <source>State backend</source>
        <translation>状态后端</translation>
    </message>
    <message>
        <source>Checkpoint storage</source>
        <translation>检查点存储</translation>
    </message>
    <message>
        <source>Externalized checkpoints</source>
        <translation>外部化检查点</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>不保留</translation>
    </message>
    <message>
        <source>Main log</source>
        <translation>主日志</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Latest checkpoint: #%1 at %2.</source>
        <translation>最新检查点：#%1，时间 %2。</translation>
    </message>
    <message>
        <source>Latest savepoint: #%1 at %2.</source>
        <translation>最新保存点：#%1，时间 %2。</translation>
    </message>
    <message>
        <source>in the JobManager&apos;s memory (not restorable)</source>
        <translation>位于 JobManager 内存中（无法恢复）</translation>
    </message>
</context>
<context>
    <name>Weir::JobGraphView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Parallelism %2 · &lt;span style=&quot;color:%3&quot;&gt;%4&lt;/span&gt;&lt;br/&gt;Records in %5 · out %6&lt;br/&gt;&lt;i&gt;%7&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;并行度 %2 · &lt;span style=&quot;color:%3&quot;&gt;%4&lt;/span&gt;&lt;br/&gt;输入记录 %5 · 输出记录 %6&lt;br/&gt;&lt;i&gt;%7&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Weir::JobsController</name>
    <message>
        <source>Jobs of &quot;%1&quot;: the password or token could not be read: %2</source>
        <translation>“%1”的作业：无法读取密码或令牌：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) was not submitted from a script of this workspace; submit it again from its script with the savepoint path %3.</source>
        <translation>“%1”（%2）不是从本工作区的脚本提交的；请从其脚本重新提交，保存点路径为 %3。</translation>
    </message>
    <message>
        <source>Cluster %1 has no JobManager URL: the job %2 cannot be stopped.</source>
        <translation>集群 %1 没有 JobManager URL：无法停止作业 %2。</translation>
    </message>
    <message>
        <source>The stop of %1 was abandoned: the cluster&apos;s connection was reset.</source>
        <translation>已放弃停止 %1：集群的连接已被重置。</translation>
    </message>
</context>
<context>
    <name>Weir::JobsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1
Job ID %2</source>
        <translation>%1
作业 ID %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并行度</translation>
    </message>
</context>
<context>
    <name>Weir::JobsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask the JobManager now</source>
        <translation>立即向 JobManager 查询</translation>
    </message>
    <message>
        <source>Savepoint</source>
        <translation>保存点</translation>
    </message>
    <message>
        <source>Trigger a savepoint; the job keeps running</source>
        <translation>触发保存点；作业继续运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the job with a savepoint</source>
        <translation>创建保存点并停止作业</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the job without a savepoint</source>
        <translation>取消作业，不创建保存点</translation>
    </message>
    <message>
        <source>Restart from savepoint</source>
        <translation>从保存点重启</translation>
    </message>
    <message>
        <source>Run the job&apos;s script again from its latest savepoint</source>
        <translation>从最新的保存点重新运行该作业的脚本</translation>
    </message>
    <message>
        <source>Restart from checkpoint</source>
        <translation>从检查点重启</translation>
    </message>
    <message>
        <source>Run the job&apos;s script again from its latest retained checkpoint</source>
        <translation>从最新保留的检查点重新运行该作业的脚本</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>所有作业</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Search by name or job ID</source>
        <translation>按名称或作业 ID 搜索</translation>
    </message>
    <message>
        <source>Savepoint of %1 written to %2</source>
        <translation>%1 的保存点已写入 %2</translation>
    </message>
    <message>
        <source>Savepoint of %1 failed: %2</source>
        <translation>%1 的保存点失败：%2</translation>
    </message>
    <message>
        <source>Job %1 is being cancelled.</source>
        <translation>正在取消作业 %1。</translation>
    </message>
    <message>
        <source>Cannot cancel %1: %2</source>
        <translation>无法取消 %1：%2</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 无法访问：%2</translation>
    </message>
    <message>
        <source>is unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Savepoint of %1 requested…</source>
        <translation>已请求 %1 的保存点…</translation>
    </message>
    <message>
        <source>Trigger a savepoint of “%1”? The job keeps running.</source>
        <translation>要为“%1”触发保存点吗？作业将继续运行。</translation>
    </message>
    <message>
        <source>Stop “%1” with a savepoint? It can be restarted from it.</source>
        <translation>要创建保存点并停止“%1”吗？之后可以从该保存点重启。</translation>
    </message>
    <message>
        <source>Cancel “%1” without a savepoint? Its state is lost unless a checkpoint is retained.</source>
        <translation>要取消“%1”且不创建保存点吗？除非保留了检查点，否则其状态将丢失。</translation>
    </message>
    <message>
        <source>No completed savepoint of “%1” is registered.</source>
        <translation>没有登记“%1”的已完成保存点。</translation>
    </message>
    <message>
        <source>Run “%1” again from the savepoint %2?</source>
        <translation>要从保存点 %2 重新运行“%1”吗？</translation>
    </message>
    <message>
        <source>“%1” has no retained checkpoint to restart from (configure execution.checkpointing.dir and retained checkpoints).</source>
        <translation>“%1”没有可用于重启的保留检查点（请配置 execution.checkpointing.dir 并启用检查点保留）。</translation>
    </message>
    <message>
        <source>Run “%1” again from the checkpoint %2?</source>
        <translation>要从检查点 %2 重新运行“%1”吗？</translation>
    </message>
    <message>
        <source>The cluster whose jobs are listed</source>
        <translation>列出其作业的集群</translation>
    </message>
</context>
<context>
    <name>Weir::LifecycleController</name>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>生命周期(&amp;L)</translation>
    </message>
    <message>
        <source>Lifecycle &amp;History...</source>
        <translation>生命周期历史(&amp;H)...</translation>
    </message>
    <message>
        <source>%1 is still under way.</source>
        <translation>%1 仍在进行中。</translation>
    </message>
    <message>
        <source>The saved text is not in the version history; save the script and publish again.</source>
        <translation>保存的文本不在版本历史中；请保存脚本后重新发布。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: going online with published version %2...</source>
        <translation>“%1”：正在以发布版本 %2 上线...</translation>
    </message>
    <message>
        <source>The run ended without submitting a job; the console says why.</source>
        <translation>运行结束但没有提交作业；原因见控制台。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is online with job %2, but its run reported an error afterwards; see above.</source>
        <translation>“%1”已通过作业 %2 上线，但之后运行报告了错误；见上文。</translation>
    </message>
    <message>
        <source>No online job is known (or its cluster was removed): no savepoint was taken.</source>
        <translation>没有已知的上线作业（或其集群已被删除）：未创建保存点。</translation>
    </message>
    <message>
        <source>The job had already ended (%1): no savepoint was taken.</source>
        <translation>作业已经结束（%1）：未创建保存点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: stopping job %2 with a savepoint...</source>
        <translation>“%1”：正在停止作业 %2 并创建保存点...</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 → %3</source>
        <translation>“%1”：%2 → %3</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>（版本 %1）</translation>
    </message>
    <message>
        <source>with job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>with a savepoint at %1</source>
        <translation>保存点位于 %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; failed: %3</source>
        <translation>%1“%2”失败：%3</translation>
    </message>
    <message>
        <source>Published v%1</source>
        <translation>已发布 v%1</translation>
    </message>
    <message>
        <source>Published as version %1 — read-only. Maintain to edit.</source>
        <translation>已发布为版本 %1 — 只读。维护后可编辑。</translation>
    </message>
    <message>
        <source>Online with published version %1 — read-only. Go offline, then Maintain to edit.</source>
        <translation>以发布版本 %1 上线 — 只读。请先下线，再维护后编辑。</translation>
    </message>
    <message>
        <source>Offline (published version %1) — read-only. Maintain to edit.</source>
        <translation>已下线（发布版本 %1）— 只读。维护后可编辑。</translation>
    </message>
    <message>
        <source>Retired — read-only. Maintain to edit.</source>
        <translation>已退役 — 只读。维护后可编辑。</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>恢复自 %1</translation>
    </message>
</context>
<context>
    <name>Weir::LifecycleHistoryDialog</name>
    <message>
        <source>Lifecycle History — %1</source>
        <translation>生命周期历史 — %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2.</source>
        <translation>“%1”当前状态：%2。</translation>
    </message>
    <message>
        <source>Published version: %1.</source>
        <translation>发布版本：%1。</translation>
    </message>
    <message>
        <source>Online job: %1.</source>
        <translation>上线作业：%1。</translation>
    </message>
</context>
<context>
    <name>Weir::LifecycleHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Savepoint</source>
        <translation>保存点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
    <name>Weir::LocalTarget</name>
    <message>
        <source>Local Flink stopped.</source>
        <translation>本地 Flink 已停止。</translation>
    </message>
    <message>
        <source>%1 (Preferences)</source>
        <translation>%1（首选项）</translation>
    </message>
    <message>
        <source>%1 (FLINK_HOME)</source>
        <translation>%1（FLINK_HOME）</translation>
    </message>
    <message>
        <source>%1 (scripts/fetch-flink cache)</source>
        <translation>%1（scripts/fetch-flink 缓存）</translation>
    </message>
    <message>
        <source>No Flink installation found. Weir looked in: %1. Choose one in Preferences, set FLINK_HOME, or run scripts/fetch-flink.</source>
        <translation>未找到 Flink 安装。Weir 查找了：%1。请在首选项中选择一个，设置 FLINK_HOME，或运行 scripts/fetch-flink。</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Cannot create the Local Flink directory %1.</source>
        <translation>无法创建本地 Flink 目录 %1。</translation>
    </message>
    <message>
        <source>Starting Local Flink %1 from %2 ...</source>
        <translation>正在从 %2 启动本地 Flink %1...</translation>
    </message>
    <message>
        <source>Stopping Local Flink ...</source>
        <translation>正在停止本地 Flink...</translation>
    </message>
    <message>
        <source>The Local cluster was removed while Flink started.</source>
        <translation>Flink 启动期间，本地集群已被移除。</translation>
    </message>
    <message>
        <source>Local Flink %1 is running: SQL Gateway %2, JobManager %3.</source>
        <translation>本地 Flink %1 正在运行：SQL Gateway %2，JobManager %3。</translation>
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
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>切换注释(&amp;C)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式化(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>替换(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Go to Line...</source>
        <translation>转到行(&amp;G)...</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run &amp;Statement</source>
        <translation>运行语句(&amp;S)</translation>
    </message>
    <message>
        <source>Run Scri&amp;pt</source>
        <translation>运行脚本(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>From History</source>
        <translation>来自历史记录</translation>
    </message>
    <message>
        <source>Global &amp;Variables...</source>
        <translation>全局变量(&amp;V)...</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
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
    <name>Weir::ProjectTreeDelegate</name>
    <message>
        <source>Unreachable</source>
        <translation>无法连接</translation>
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
    <message>
        <source>Lifecycle: %1</source>
        <translation>生命周期：%1</translation>
    </message>
</context>
<context>
    <name>Weir::RecordList</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Weir::ResultGridView</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>复制为 CSV</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Copy as SQL INSERT</source>
        <translation>复制为 SQL INSERT 语句</translation>
    </message>
    <message>
        <source>Open Value…</source>
        <translation>打开值…</translation>
    </message>
</context>
<context>
    <name>Weir::ResultTabs</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Pin (keep when the script runs again)</source>
        <translation>固定（脚本再次运行时保留）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close Others</source>
        <translation>关闭其他</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1（已固定）</translation>
    </message>
</context>
<context>
    <name>Weir::ResultsPanel</name>
    <message>
        <source>Rows of the queries you run appear here, live, as a table and a changelog.</source>
        <translation>运行查询后，结果行会实时显示在这里，以表格和变更日志两种形式呈现。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Changelog</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Sort &amp;&amp; Filter</source>
        <translation>排序和筛选</translation>
    </message>
    <message>
        <source>Sort by clicking a column header and filter rows; new rows are not re-sorted.</source>
        <translation>点击列标题进行排序并筛选行；新到达的行不会重新排序。</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Export to JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 行</translation>
    </message>
    <message>
        <source>%L1 changes</source>
        <translation>%L1 条变更</translation>
    </message>
    <message>
        <source>%L1 changes/s</source>
        <translation>%L1 条变更/秒</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>⚠ %L1 older rows and %L2 older changes dropped (max rows %L3)</source>
        <translation>⚠ 已丢弃 %L1 个较早的行和 %L2 条较早的变更（最大行数 %L3）</translation>
    </message>
    <message>
        <source>⚠ %L1 older rows dropped (max rows %L2)</source>
        <translation>⚠ 已丢弃 %L1 个较早的行（最大行数 %L2）</translation>
    </message>
    <message>
        <source>⚠ %L1 older changes dropped (max changes %L2)</source>
        <translation>⚠ 已丢弃 %L1 条较早的变更（最大变更数 %L2）</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Click the job to open it in the Jobs dock</source>
        <translation>点击作业，在“作业”面板中打开</translation>
    </message>
</context>
<context>
    <name>Weir::RunCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot open the workspace in %1: %2</source>
        <translation>无法打开 %1 中的工作区：%2</translation>
    </message>
    <message>
        <source>no target named “%1” in the workspace %2</source>
        <translation>工作区 %2 中没有名为“%1”的目标集群</translation>
    </message>
    <message>
        <source>FLINK_HOME (not set)</source>
        <translation>FLINK_HOME（未设置）</translation>
    </message>
    <message>
        <source>%1 (scripts/fetch-flink&apos;s cache)</source>
        <translation>%1（scripts/fetch-flink 的缓存）</translation>
    </message>
    <message>
        <source>no Flink installation found for the local target; looked in: %1. Set FLINK_HOME or run scripts/fetch-flink.</source>
        <translation>未找到本地目标集群所用的 Flink 安装；已查找：%1。请设置 FLINK_HOME 或运行 scripts/fetch-flink。</translation>
    </message>
    <message>
        <source>the local Flink did not start: %1</source>
        <translation>本地 Flink 未能启动：%1</translation>
    </message>
    <message>
        <source>Starting a local Flink %1 from %2</source>
        <translation>正在从 %2 启动本地 Flink %1</translation>
    </message>
    <message>
        <source>cannot use the SQL Gateway at %1: %2</source>
        <translation>无法使用位于 %1 的 SQL Gateway：%2</translation>
    </message>
    <message>
        <source>Stopping the local Flink this run started</source>
        <translation>正在停止本次运行启动的本地 Flink</translation>
    </message>
    <message>
        <source>%1 (Preferences)</source>
        <translation>%1（首选项）</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <source>the password or token of “%1”: %2</source>
        <translation>“%1”的密码或令牌：%2</translation>
    </message>
    <message>
        <source>global variables: %1</source>
        <translation>全局变量：%1</translation>
    </message>
</context>
<context>
    <name>Weir::RunController</name>
    <message>
        <source>No running target: choose one under Execution, or start Local in Clusters.</source>
        <translation>没有正在运行的目标集群：请在“执行”中选择一个，或在“集群”中启动本地集群。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running; stop it first.</source>
        <translation>“%1”仍在运行，请先停止它。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Run history: %1</source>
        <translation>运行历史：%1</translation>
    </message>
    <message>
        <source>Global variables: %1</source>
        <translation>全局变量：%1</translation>
    </message>
    <message>
        <source>The password or token of &quot;%1&quot;: %2</source>
        <translation>“%1”的密码或令牌：%2</translation>
    </message>
    <message>
        <source>Job %1:</source>
        <translation>作业 %1：</translation>
    </message>
    <message>
        <source>Open in Jobs</source>
        <translation>在“作业”面板中打开</translation>
    </message>
    <message>
        <source>The script to run (%1) no longer exists.</source>
        <translation>要运行的脚本（%1）已不存在。</translation>
    </message>
    <message>
        <source>Restoring from %1 (restart from the Jobs dock), claim mode %2</source>
        <translation>从 %1 恢复（来自作业面板的重启），认领模式 %2</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; without state: %2.</source>
        <translation>以无状态方式启动“%1”：%2。</translation>
    </message>
    <message>
        <source>Restoring from %1 %2 (%3), claim mode %4</source>
        <translation>从%1 %2 恢复（%3），认领模式 %4</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>savepoint</source>
        <translation>保存点</translation>
    </message>
</context>
<context>
    <name>Weir::RunHistoryModel</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标集群</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Weir::SavepointService</name>
    <message>
        <source>no JobManager client</source>
        <translation>没有 JobManager 客户端</translation>
    </message>
</context>
<context>
    <name>Weir::ScriptJobTracker</name>
    <message>
        <source>Job &quot;%1&quot; (%2) on %3: %4</source>
        <translation>%3 上的作业“%1”（%2）：%4</translation>
    </message>
    <message>
        <source>Job %1: its cluster is not watched, so its state is unknown.</source>
        <translation>作业 %1：其集群未被监控，因此状态未知。</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; does not answer: %2</source>
        <translation>集群“%1”没有响应：%2</translation>
    </message>
    <message>
        <source>The state of job %1 is unknown.</source>
        <translation>作业 %1 的状态未知。</translation>
    </message>
    <message>
        <source>Job %1: waiting for the next job overview of %2.</source>
        <translation>作业 %1：正在等待 %2 的下一次作业概览。</translation>
    </message>
    <message>
        <source>Job %1: no cluster with a JobManager URL is watched, so its state is unknown.</source>
        <translation>作业 %1：没有监控任何带 JobManager URL 的集群，因此状态未知。</translation>
    </message>
    <message>
        <source>Job %1 is not known to the watched clusters (the JobManager may have dropped it from its history).</source>
        <translation>被监控的集群都不知道作业 %1（JobManager 可能已将其从历史中移除）。</translation>
    </message>
</context>
<context>
    <name>Weir::ScriptRunner</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message numerus="yes">
        <source>Running %n statement(s) on %1</source>
        <translation>
            <numerusform>正在 %1 上运行 %n 条语句</numerusform>
        </translation>
    </message>
    <message>
        <source>The session is gone; opening a new one.</source>
        <translation>会话已失效；正在打开新会话。</translation>
    </message>
    <message>
        <source>Cannot open a session on %1: %2</source>
        <translation>无法在 %1 上打开会话：%2</translation>
    </message>
    <message>
        <source>Session %1 opened on %2</source>
        <translation>已在 %2 上打开会话 %1</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n environment statement(s) on the new session.</source>
        <translation>
            <numerusform>已在新会话上重新执行 %n 条环境语句。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying &quot;%1&quot; failed: %2</source>
        <translation>重新执行“%1”失败：%2</translation>
    </message>
    <message>
        <source>[%1/%2] line %3: %4</source>
        <translation>[%1/%2] 第 %3 行：%4</translation>
    </message>
    <message numerus="yes">
        <source>Stopping the query at %n row(s) (max rows).</source>
        <translation>
            <numerusform>查询已达 %n 行，正在停止（最大行数）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 submitted to %2</source>
        <translation>作业 %1 已提交到 %2</translation>
    </message>
    <message>
        <source>The gateway lost the session (%1); opening a new one and replaying the environment.</source>
        <translation>SQL Gateway 丢失了会话（%1）；正在打开新会话并重新执行环境脚本。</translation>
    </message>
    <message>
        <source>Failed after %1 ms at line %2, column %3: %4</source>
        <translation>%1 毫秒后在第 %2 行第 %3 列失败：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 ms, %n row(s)</source>
        <translation>
            <numerusform>%1，耗时 %2 毫秒，%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>运行完成。</translation>
    </message>
    <message>
        <source>Run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <source>Run stopped.</source>
        <translation>运行已停止。</translation>
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
    <message>
        <source>&quot;%1&quot; is still running. Closing it stops the run and cancels its Flink job.</source>
        <translation>“%1”仍在运行。关闭它将停止运行并取消其 Flink 作业。</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only: %2</source>
        <translation>“%1”是只读的：%2</translation>
    </message>
</context>
<context>
    <name>Weir::Secrets</name>
    <message>
        <source>Nothing is stored in the system keychain under “%1”.</source>
        <translation>系统密钥环中没有以“%1”保存的内容。</translation>
    </message>
    <message>
        <source>The system keychain is not available (no Secret Service on D-Bus): %1</source>
        <translation>系统密钥环不可用（D-Bus 上没有 Secret Service）：%1</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused: %1</source>
        <translation>访问系统密钥环被拒绝：%1</translation>
    </message>
    <message>
        <source>The system keychain denied access to “%1”: %2</source>
        <translation>系统密钥环拒绝访问“%1”：%2</translation>
    </message>
    <message>
        <source>The system keychain could not delete “%1”: %2</source>
        <translation>系统密钥环无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统密钥环出错：%1</translation>
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
    <message>
        <source>Getting started content created</source>
        <translation>已创建入门内容</translation>
    </message>
    <message>
        <source>Request timeout (seconds)</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <source>Retries of a lost request</source>
        <translation>丢失请求的重试次数</translation>
    </message>
</context>
<context>
    <name>Weir::SmtpClient</name>
    <message>
        <source>no answer within %1 s (timeout).</source>
        <translation>%1 秒内没有响应（超时）。</translation>
    </message>
    <message>
        <source>Another mail is being sent.</source>
        <translation>正在发送另一封邮件。</translation>
    </message>
    <message>
        <source>the mail has no recipient.</source>
        <translation>邮件没有收件人。</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS 错误：%1</translation>
    </message>
    <message>
        <source>the server answered “%1” to %2.</source>
        <translation>服务器对 %2 的响应为“%1”。</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS.</source>
        <translation>服务器不支持 STARTTLS。</translation>
    </message>
    <message>
        <source>refusing to send the password without TLS.</source>
        <translation>拒绝在没有 TLS 的情况下发送密码。</translation>
    </message>
    <message>
        <source>the server offers no AUTH mechanism Weir speaks (PLAIN, LOGIN): %1</source>
        <translation>服务器未提供 Weir 支持的 AUTH 机制（PLAIN、LOGIN）：%1</translation>
    </message>
    <message>
        <source>Mail through %1:%2 failed: %3</source>
        <translation>通过 %1:%2 发送邮件失败：%3</translation>
    </message>
</context>
<context>
    <name>Weir::SqlLexerBridge</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键字</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation>带引号的标识符</translation>
    </message>
    <message>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>SQL 提示</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Option key</source>
        <translation>配置项键</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Weir::StatementRun</name>
    <message>
        <source>The SQL Gateway session is not open.</source>
        <translation>SQL Gateway 会话未打开。</translation>
    </message>
    <message>
        <source>no &quot;operationHandle&quot; in the answer</source>
        <translation>响应中没有 &quot;operationHandle&quot;</translation>
    </message>
    <message>
        <source>the page&apos;s nextResultUri &quot;%1&quot; differs from the one found in it (&quot;%2&quot;)</source>
        <translation>该页的 nextResultUri &quot;%1&quot; 与页中找到的（&quot;%2&quot;）不一致</translation>
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
    <name>Weir::ValueViewer</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Weir::VariablesDialog</name>
    <message>
        <source>Global Variables</source>
        <translation>全局变量</translation>
    </message>
    <message>
        <source>Variables of this workspace, used as ${name} in every script. A script&apos;s own “name := value;” takes precedence.</source>
        <translation>此工作区的变量，可在所有脚本中以 ${name} 的形式使用。脚本自身的“name := value;”优先。</translation>
    </message>
    <message>
        <source>Show secret &amp;values</source>
        <translation>显示密钥值(&amp;V)</translation>
    </message>
    <message>
        <source>Read the secret values from the system keychain and show them</source>
        <translation>从系统密钥环读取密钥值并显示</translation>
    </message>
    <message>
        <source>e.g. kafka_servers</source>
        <translation>例如 kafka_servers</translation>
    </message>
    <message>
        <source>&amp;Secret: kept in the system keychain, masked in every display and log</source>
        <translation>密钥(&amp;S)：保存在系统密钥环中，在所有显示和日志中均被遮盖</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation>移除变量</translation>
    </message>
    <message>
        <source>Enter a name for the variable.</source>
        <translation>请输入变量名称。</translation>
    </message>
    <message>
        <source>“%1” cannot be a variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>“%1”不能用作变量名：请使用字母、数字和 _，且不能以数字开头。</translation>
    </message>
    <message>
        <source>Reading from the system keychain...</source>
        <translation>正在从系统密钥环读取...</translation>
    </message>
    <message>
        <source>The value of “%1” could not be read: %2</source>
        <translation>无法读取“%1”的值：%2</translation>
    </message>
    <message>
        <source>A variable named “%1” already exists.</source>
        <translation>已存在名为“%1”的变量。</translation>
    </message>
    <message>
        <source>Storing the secret in the system keychain...</source>
        <translation>正在将密钥保存到系统密钥环...</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>“%1”未保存：%2</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Remove the variable “%1”? Scripts that use ${%1} will not run until it is defined again.</source>
        <translation>要移除变量“%1”吗？使用 ${%1} 的脚本在重新定义该变量之前将无法运行。</translation>
    </message>
    <message>
        <source>“%1” was removed, but its secret stays in the keychain: %2</source>
        <translation>“%1”已移除，但其密钥仍保留在密钥环中：%2</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已移除“%1”。</translation>
    </message>
</context>
<context>
    <name>Weir::VariablesModel</name>
    <message>
        <source>Secret: kept in the system keychain and masked in every display and log</source>
        <translation>密钥：保存在系统密钥环中，在所有显示和日志中均被遮盖</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>Weir::WeComSender</name>
    <message>
        <source>the webhook URL is missing.</source>
        <translation>缺少 webhook URL。</translation>
    </message>
</context>
<context>
    <name>WorkspacePaths</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>无法创建数据目录 %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceVariablesLoader</name>
    <message>
        <source>The value of the secret variable “%1” could not be read: %2</source>
        <translation>无法读取密钥变量“%1”的值：%2</translation>
    </message>
</context>
</TS>
